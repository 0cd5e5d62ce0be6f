import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { BffCode } from '../../shared/bff-errors';
import {
  addCommentSchema,
  type DriftReport,
  type PlanDetail,
  type PlanList,
  reviewRevisionSchema,
  type SavedRevision,
  saveRevisionSchema,
} from '../../shared/plans-api';
import { snapshotDrift } from '../../shared/snapshot-drift';
import { appendAudit } from '../db/audit-table';
import type { Db } from '../db/database';
import { planReviewTable } from '../db/plan-review-table';
import { planTable, RevisionStaleError } from '../db/plan-table';
import { BffHttpError } from '../errors';
import { actorOf, callerOf } from '../plans/caller';
import { planDetail, planSummaries } from '../plans/plan-views';
import { buildRevision } from '../plans/save-revision';
import { type SnapshotSource, snapshotSha256, takeSnapshot } from '../plans/take-snapshot';
import { clusterParams } from '../auth/route-access';
import { bodyOf, planAccess, planIdOf, revisionOf } from './plan-params';
import { parsePathParam } from '../cce/allow-list';

export interface PlanRoutesOptions {
  db: Db;
  snapshots: SnapshotSource;
  approvalsRequired: number;
  now: () => number;
}

const noPlan = () => new BffHttpError(404, BffCode.NOT_FOUND, 'There is no saved plan with this id (or it is not yours to see).');
const noRevision = () => new BffHttpError(404, BffCode.NOT_FOUND, 'This plan has no such revision.');
const stale = (what: string) => new BffHttpError(409, BffCode.REVISION_STALE, `${what} Open the plan again to see its latest revision.`);

/**
 * Reviewable plans: saved revisions, reviews by other operators, comments, and the drift check. A plan's routes name
 * its cluster through the database, so the access hook checks the cluster a plan belongs to, as for cluster routes.
 */
export const planRoutes: FastifyPluginAsync<PlanRoutesOptions> = async (app, { db, snapshots, approvalsRequired, now }) => {
  const plans = planTable(db);
  const reviews = planReviewTable(db);
  const access = planAccess(plans);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));

  const findPlan = async (request: FastifyRequest) => (await plans.find(planIdOf(request))) ?? Promise.reject(noPlan());

  app.get('/api/plans', { config: { access: { needs: 'viewer', limit: 'read' } } }, async (request): Promise<PlanList> => {
    const rows = await plans.list(request.user?.clusters ?? 'all');
    const latest = await reviews.latestReviews(rows.map((row) => row.id));
    return { items: planSummaries(rows, latest, approvalsRequired) };
  });

  app.post<{ Params: { clusterId: string } }>(
    '/api/clusters/:clusterId/plans',
    { config: { access: { needs: 'operator', clusters: clusterParams('clusterId'), limit: 'check' } } },
    async (request, reply): Promise<SavedRevision> => {
      const clusterId = parsePathParam('cluster_id', request.params.clusterId);
      const body = bodyOf(request, saveRevisionSchema, 'plan');
      const first = await buildRevision(snapshots, body, clusterId, actorOf(request.user), request.log, now());
      const planId = randomUUID();
      await plans.create(planId, first);
      request.log.info({ planId, clusterId }, 'plan saved');
      return reply.code(201).send({ planId, revision: 1 });
    },
  );

  app.get('/api/plans/:planId', { config: { access: access.read } }, async (request): Promise<PlanDetail> => planDetail(plans, reviews, await findPlan(request), callerOf(request), approvalsRequired));

  app.post('/api/plans/:planId/revisions', { config: { access: access.write } }, async (request, reply): Promise<SavedRevision> => {
    const plan = await findPlan(request);
    const body = bodyOf(request, saveRevisionSchema, 'plan');
    if (body.basedOn === undefined) throw new BffHttpError(400, BffCode.INVALID_BODY, 'Say which revision this one was edited from (basedOn).');
    const staleEdit = () => stale(`Revision ${body.basedOn} is no longer the latest, or the plan was submitted: your edit was not saved.`);
    // Refused before CCE is read when it already is; the transaction decides again for a save racing this one.
    if (body.basedOn !== plan.latest_revision || plan.submitted !== null) throw staleEdit();
    const next = await buildRevision(snapshots, body, plan.cluster_id, actorOf(request.user), request.log, now());
    try {
      const revision = await plans.revise(plan.id, body.basedOn, next);
      return await reply.code(201).send({ planId: plan.id, revision });
    } catch (error) {
      if (error instanceof RevisionStaleError || (error as { code?: unknown }).code === '23505') throw staleEdit();
      throw error;
    }
  });

  app.get('/api/plans/:planId/revisions/:revision', { config: { access: access.read } }, async (request) => {
    const plan = await findPlan(request);
    return (await plans.revision(plan.id, revisionOf(request))) ?? Promise.reject(noRevision());
  });

  app.post('/api/plans/:planId/revisions/:revision/reviews', { config: { access: access.write } }, async (request, reply) => {
    const plan = await findPlan(request);
    const revision = revisionOf(request);
    const body = bodyOf(request, reviewRevisionSchema, 'review');
    if (revision > plan.latest_revision) throw noRevision();
    const reviewer = actorOf(request.user);
    const review = await reviews.review(
      { planId: plan.id, revision, reviewer, verdict: body.verdict, reason: body.reason || null, at: new Date(now()) },
      (current) => {
        if (current.submitted) throw stale('This plan was already submitted: it can no longer be reviewed.');
        if (current.latest !== revision) throw stale(`Revision ${revision} was replaced by revision ${current.latest}: review that one.`);
        if (current.author === reviewer.subject) {
          throw new BffHttpError(403, BffCode.SELF_REVIEW, `You saved revision ${revision}, so you cannot review it: another operator must approve it or ask for changes.`);
        }
      },
      (trx, stored) =>
        appendAudit(trx, {
          time: stored.at,
          kind: 'review',
          clusterId: plan.cluster_id,
          idempotencyKey: null,
          bodySha256: stored.bodySha256,
          acceptedRisks: [],
          preCheckTaskId: null,
          outcome: stored.verdict === 'approve' ? 'approved' : 'changes-requested',
          status: 201,
          taskId: null,
          errorCode: null,
          errorMessage: stored.reason,
          requestId: null,
          user: request.user ? { subject: request.user.subject, name: request.user.name } : null,
          plan: { id: plan.id, revision, snapshotSha256: stored.snapshotSha256 },
        }),
    );
    return reply.code(201).send(review);
  });

  app.post('/api/plans/:planId/revisions/:revision/comments', { config: { access: { ...access.read, limit: 'check' } } }, async (request, reply) => {
    const plan = await findPlan(request);
    const revision = revisionOf(request);
    const body = bodyOf(request, addCommentSchema, 'comment');
    if (revision > plan.latest_revision) throw noRevision();
    const comment = await reviews.comment({ id: randomUUID(), planId: plan.id, revision, anchor: body.anchor, author: actorOf(request.user), text: body.text, at: new Date(now()) });
    return reply.code(201).send(comment);
  });

  app.post('/api/plans/:planId/revisions/:revision/drift', { config: { access: access.check } }, async (request): Promise<DriftReport> => {
    const plan = await findPlan(request);
    const revision = await plans.revision(plan.id, revisionOf(request));
    if (!revision) throw noRevision();
    const fresh = await takeSnapshot(snapshots, plan.cluster_id, request.log, now());
    return { checkedAt: fresh.takenAt, snapshotSha256: snapshotSha256(fresh), drift: snapshotDrift(revision.snapshot, fresh, revision.preCheck, now()) };
  });
};
