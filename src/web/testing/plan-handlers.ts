import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { IDEMPOTENCY_HEADER, idempotencyKeySchema, submitUpgradeSchema } from '../../shared/bff-api';
import { BffCode } from '../../shared/bff-errors';
import { fieldIssues } from '../../shared/issues';
import { planFileRequestSchema, planFileSchema } from '../../shared/plan-file';
import { planIdSchema, revisionNumberSchema } from '../../shared/ids';
import { addCommentSchema, reviewRevisionSchema } from '../../shared/plans-api';
import { bffError } from './handlers';
import { clusterList, upgradeResponse } from './fixtures';
import { mei, planDetail, planFileOf, planIds, planList, revisionPlanFile, revisions, snapshot } from './plan-fixtures';

type Params = Record<string, string | readonly string[] | undefined>;

const planNotFound = () => bffError({ status: 404, code: BffCode.NOT_FOUND, message: 'No such plan' });
const invalid = (what: string, issues: ReturnType<typeof fieldIssues>) =>
  bffError({ status: 400, code: BffCode.INVALID_BODY, message: `The ${what} is invalid`, issues });

/** The revision a route names, if the plan and revision exist (only the fixture plan does). */
function revisionOf(params: Params) {
  const planId = planIdSchema.safeParse(params.planId);
  const n = revisionNumberSchema.safeParse(params.n);
  if (!planId.success || !n.success || planId.data !== planIds.plan) return undefined;
  return revisions[n.data];
}

const bodyOf = (request: Request) => request.json().catch(() => undefined);

/** The clusters a plan file may be of: the wizard's (cluster fixtures) and the saved plan's. */
function fileCluster(clusterId: string) {
  if (clusterId === planIds.cluster) return snapshot.cluster;
  const cluster = clusterList.items.find((item) => item.metadata.uid === clusterId);
  return cluster && { id: clusterId, name: cluster.metadata.name, version: cluster.spec.version };
}

const clusterMismatch = () =>
  bffError({ status: 400, code: BffCode.CLUSTER_MISMATCH, message: 'The plan is of another cluster than the one named in the address.' });
// The review step's export carries no basedOn: it is no revision of anything.
const planFileBodySchema = z.omit(planFileRequestSchema, { basedOn: true });

/** Happy paths of the plan routes (plans-contract.md); failures and changed answers are per-test overrides. */
export const planHandlers = [
  http.get('*/api/plans', () => HttpResponse.json(planList)),
  http.get('*/api/plans/:planId', ({ params }) => (params.planId === planIds.plan ? HttpResponse.json(planDetail) : planNotFound())),
  http.get('*/api/plans/:planId/revisions/:n', ({ params }) => {
    const revision = revisionOf(params);
    return revision ? HttpResponse.json(revision) : planNotFound();
  }),
  http.post('*/api/plans/:planId/revisions/:n/reviews', async ({ params, request }) => {
    const revision = revisionOf(params);
    if (!revision) return planNotFound();
    const review = reviewRevisionSchema.safeParse(await bodyOf(request));
    if (!review.success) return invalid('review', fieldIssues(review.error));
    const { verdict, reason } = review.data;
    return HttpResponse.json(
      {
        revision: revision.revision,
        reviewer: mei,
        verdict,
        reason: reason ?? null,
        at: '2026-03-03T12:00:00Z',
        bodySha256: revision.bodySha256,
        snapshotSha256: revision.snapshotSha256,
      },
      { status: 201 },
    );
  }),
  http.post('*/api/plans/:planId/revisions/:n/comments', async ({ params, request }) => {
    const revision = revisionOf(params);
    if (!revision) return planNotFound();
    const comment = addCommentSchema.safeParse(await bodyOf(request));
    if (!comment.success) return invalid('comment', fieldIssues(comment.error));
    return HttpResponse.json({ id: 'c-new', revision: revision.revision, author: mei, at: '2026-03-03T12:00:00Z', ...comment.data }, { status: 201 });
  }),
  http.post('*/api/plans/:planId/revisions/:n/drift', ({ params }) =>
    revisionOf(params) ? HttpResponse.json({ checkedAt: '2026-03-03T12:00:00Z', snapshotSha256: '5a'.repeat(32), drift: [] }) : planNotFound(),
  ),
  http.post('*/api/clusters/:clusterId/plan-file', async ({ params, request }) => {
    const cluster = fileCluster(String(params.clusterId));
    if (!cluster) return bffError({ status: 404, code: 'CCE.01404001', message: 'cluster not found' });
    const body = planFileBodySchema.safeParse(await bodyOf(request));
    if (!body.success) return invalid('plan', fieldIssues(body.error));
    if (body.data.plan.clusterId !== cluster.id) return clusterMismatch();
    const { request: text, plan, acceptedRisks, preCheckTaskId } = body.data;
    const preCheck = preCheckTaskId ? { taskId: preCheckTaskId, phase: 'Success', expiresAt: '2026-03-10T10:15:00Z' } : null;
    return HttpResponse.json(planFileOf({ request: text, plan, acceptedRisks, preCheck, bodySha256: 'c3'.repeat(32), saved: null }, cluster));
  }),
  http.get('*/api/plans/:planId/revisions/:n/plan-file', ({ params }) => {
    const revision = revisionOf(params);
    return revision ? HttpResponse.json(revisionPlanFile(revision)) : planNotFound();
  }),
  // Unchanged and consistent by default; drift and problems are per-test answers.
  http.post('*/api/clusters/:clusterId/plan-files/check', async ({ params, request }) => {
    const file = planFileSchema.safeParse(await bodyOf(request));
    if (!file.success) return invalid('plan file', fieldIssues(file.error));
    if (file.data.cluster.id !== params.clusterId) return clusterMismatch();
    return HttpResponse.json({ problems: [], checkedAt: '2026-03-04T09:00:00Z', drift: [] });
  }),
  // The plan-aware submit: the text must be the named revision's, byte for byte, as the BFF insists.
  http.post(`*/api/clusters/${planIds.cluster}/upgrade`, async ({ request }) => {
    if (!idempotencyKeySchema.safeParse(request.headers.get(IDEMPOTENCY_HEADER)).success) {
      return bffError({ status: 400, code: BffCode.INVALID_IDEMPOTENCY_KEY, message: 'The Idempotency-Key header must be one UUID.' });
    }
    const submit = submitUpgradeSchema.safeParse(await bodyOf(request));
    if (!submit.success) return invalid('submit', fieldIssues(submit.error));
    const { plan, request: text } = submit.data;
    const revision = plan && plan.id === planIds.plan ? revisions[plan.revision] : undefined;
    if (!revision) return bffError({ status: 409, code: BffCode.APPROVAL_REQUIRED, message: 'This planner submits approved plans only.' });
    if (revision.request !== text) return bffError({ status: 409, code: BffCode.PLAN_TEXT_CHANGED, message: 'The text is not the revision’s.' });
    return HttpResponse.json(upgradeResponse);
  }),
];
