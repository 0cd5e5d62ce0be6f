import { http, HttpResponse, type JsonBodyType } from 'msw';
import { IDEMPOTENCY_HEADER, idempotencyKeySchema, retryUpgradeSchema, submitUpgradeSchema, type BffError } from '../../shared/bff-api';
import { cceOperations, type OperationName } from '../../shared/cce-operations';
import { fieldIssues } from '../../shared/issues';
import { postCheckRequestSchema, preCheckRequestSchema } from '../../shared/check-requests';
import { upgradeRequestSchema } from '../../shared/upgrade-request';
import { upgradeDurationsSchema } from '../../shared/upgrade-durations';
import { addonInstances, addonTemplates } from './addon-fixtures';
import * as fixtures from './fixtures';
import { BffCode } from '../../shared/bff-errors';

/** The msw path of a CCE operation behind the BFF: `{cluster_id}` becomes `:cluster_id`. */
export const cceRoute = (name: OperationName) => `*/api/cce${cceOperations[name].path.replace(/\{(\w+)\}/g, ':$1')}`;

/** Codes a mock may answer with: the BFF's own (src/shared/bff-errors.ts), or ones CCE sent, passed on in their namespace. */
type MockedCode = BffCode | `${'CCE' | 'APIG'}.${string}`;
export const bffError = (error: Omit<BffError, 'code'> & { code: MockedCode }) => HttpResponse.json(error, { status: error.status });

/**
 * The BFF's 409 for a plan whose earlier send (at `sentAt`) has an unknown outcome, sent again under a new key
 * without `sendAgain`; tests answer a submit with it.
 */
export const outcomeUnknownPlan = (sentAt: string) =>
  bffError({
    status: 409,
    code: BffCode.OUTCOME_UNKNOWN_PLAN,
    sentAt,
    message:
      `This plan was already sent to CCE at ${sentAt} and CCE’s answer was lost, so the upgrade may have started. Look in the ` +
      'cluster’s upgrade tasks first. If CCE has no task for it and you want to send it anyway, submit it again with a new ' +
      'Idempotency-Key and sendAgain: { reason } saying why.',
  });

const notFound = (what: string) => bffError({ status: 404, code: 'CCE.01404001', message: `${what} not found` });

const byCluster = <T extends JsonBodyType>(lookup: (clusterId: string) => T | undefined, what: string) =>
  ({ params }: { params: Record<string, string | readonly string[] | undefined> }) => {
    const found = lookup(String(params.cluster_id));
    return found === undefined ? notFound(what) : HttpResponse.json(found);
  };

const findCluster = (clusterId: string) => fixtures.clusterList.items.find((item) => item.metadata.uid === clusterId);

/** Happy paths for the BFF surface; tests override single routes with server.use() for failures. */
export const handlers = [
  http.get('*/api/session', () => HttpResponse.json(fixtures.session)),
  http.get(cceRoute('listClusters'), () => HttpResponse.json(fixtures.clusterList)),
  http.get(cceRoute('showCluster'), byCluster(findCluster, 'cluster')),
  http.get(cceRoute('showUpgradeInfo'), byCluster((id) => fixtures.upgradeInfo[id], 'cluster')),
  http.get(cceRoute('listNodePools'), byCluster((id) => (findCluster(id) ? fixtures.nodePools : undefined), 'cluster')),
  http.get(cceRoute('listNodes'), byCluster((id) => (findCluster(id) ? fixtures.nodes : undefined), 'cluster')),
  http.get('*/api/clusters/:cluster_id/node-labels', byCluster((id) => (findCluster(id) ? fixtures.nodeLabels : undefined), 'cluster')),
  // The BFF answers from its own history: a cluster it never watched upgrade has no figures, which is no error.
  http.get('*/api/clusters/:cluster_id/upgrade-durations', ({ params }) =>
    HttpResponse.json(upgradeDurationsSchema.parse({ clusterId: String(params.cluster_id), tasks: 0, cluster: null, pools: [] })),
  ),
  http.get(cceRoute('listAddonInstances'), ({ request }) =>
    findCluster(new URL(request.url).searchParams.get('cluster_id') ?? '') ? HttpResponse.json(addonInstances) : notFound('cluster'),
  ),
  http.get(cceRoute('listAddonTemplates'), () => HttpResponse.json(addonTemplates)),
  http.get(cceRoute('listUpgradePaths'), () => HttpResponse.json(fixtures.upgradePaths)),
  http.post(cceRoute('createPreCheck'), async ({ request }) => {
    const parsed = preCheckRequestSchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) return bffError({ status: 400, code: BffCode.INVALID_BODY, message: 'The pre-check request is invalid', issues: fieldIssues(parsed.error) });
    return HttpResponse.json(fixtures.preCheckTask('Init'));
  }),
  http.get(cceRoute('showPreCheck'), () => HttpResponse.json(fixtures.preCheckTask('Success'))),
  http.get(cceRoute('listUpgradeTasks'), () => HttpResponse.json(fixtures.upgradeTaskList())),
  // The BFF's audited submit route: the body wraps the exact request text, and every submit carries its key.
  http.post('*/api/clusters/:cluster_id/upgrade', async ({ request }) => {
    const key = idempotencyKeySchema.safeParse(request.headers.get(IDEMPOTENCY_HEADER));
    if (!key.success) return bffError({ status: 400, code: BffCode.INVALID_IDEMPOTENCY_KEY, message: 'The Idempotency-Key header must be one UUID.' });
    // sendAgain (with its reason of at least 10 characters) is checked here as the BFF checks it.
    const submit = submitUpgradeSchema.safeParse(await request.json().catch(() => undefined));
    if (!submit.success) return bffError({ status: 400, code: BffCode.INVALID_BODY, message: 'The submit is invalid', issues: fieldIssues(submit.error) });
    let body: unknown;
    try {
      body = JSON.parse(submit.data.request);
    } catch {
      return bffError({ status: 400, code: BffCode.INVALID_JSON, message: 'The upgrade request is not JSON' });
    }
    const parsed = upgradeRequestSchema.safeParse(body);
    if (!parsed.success) {
      return bffError({ status: 400, code: BffCode.INVALID_BODY, message: 'The upgrade request is invalid', issues: fieldIssues(parsed.error) });
    }
    return HttpResponse.json(fixtures.upgradeResponse);
  }),
  http.get(cceRoute('showUpgradeTask'), () => HttpResponse.json(fixtures.upgradeTask('Running', '45%'))),
  http.post(cceRoute('createPostCheck'), async ({ request }) => {
    const parsed = postCheckRequestSchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) return bffError({ status: 400, code: BffCode.INVALID_BODY, message: 'The post-check request is invalid', issues: fieldIssues(parsed.error) });
    return HttpResponse.json(fixtures.postCheck('Success', 'All post-upgrade checks passed'));
  }),
  http.post('*/api/clusters/:cluster_id/upgrade/retry', async ({ request }) => {
    const parsed = retryUpgradeSchema.safeParse(await request.json().catch(() => undefined));
    const key = idempotencyKeySchema.safeParse(request.headers.get(IDEMPOTENCY_HEADER));
    if (!key.success) return bffError({ status: 400, code: BffCode.INVALID_IDEMPOTENCY_KEY, message: 'The Idempotency-Key header must be one UUID.' });
    if (!parsed.success) return bffError({ status: 400, code: BffCode.INVALID_BODY, message: 'The retry request is invalid', issues: fieldIssues(parsed.error) });
    return HttpResponse.json({});
  }),
];
