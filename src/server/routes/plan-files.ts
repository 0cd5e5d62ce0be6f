import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod/mini';
import { BffCode } from '../../shared/bff-errors';
import { type PlanFile, type PlanFileCheck, planFileSchema } from '../../shared/plan-file';
import { saveRevisionSchema } from '../../shared/plans-api';
import { snapshotDrift } from '../../shared/snapshot-drift';
import { clusterParams } from '../auth/route-access';
import { parsePathParam } from '../cce/allow-list';
import type { Db } from '../db/database';
import { planReviewTable } from '../db/plan-review-table';
import { planTable } from '../db/plan-table';
import { BffHttpError } from '../errors';
import { actorOf } from '../plans/caller';
import { planFileOf, planFileProblems } from '../plans/plan-file';
import { standingOf } from '../plans/plan-state';
import { buildRevision } from '../plans/save-revision';
import { type SnapshotSource, takeSnapshot } from '../plans/take-snapshot';
import { bodyOf, planAccess, planIdOf, revisionOf } from './plan-params';

export interface PlanFileRoutesOptions {
  db: Db;
  snapshots: SnapshotSource;
  now: () => number;
}

// A 2,000-node snapshot with its labels is about a megabyte of JSON.
const FILE_LIMIT = 8 * 1024 * 1024;

/** Plan files: written by the BFF (hashes and snapshot are its own), and checked against the live cluster on import. */
export const planFileRoutes: FastifyPluginAsync<PlanFileRoutesOptions> = async (app, { db, snapshots, now }) => {
  const plans = planTable(db);
  const reviews = planReviewTable(db);
  const access = planAccess(plans);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: FILE_LIMIT }, (_req, body, done) => done(null, body));
  const clusterAccess = { needs: 'viewer', clusters: clusterParams('clusterId'), limit: 'check' } as const;

  app.post<{ Params: { clusterId: string } }>(
    '/api/clusters/:clusterId/plan-file',
    { config: { access: clusterAccess } },
    async (request): Promise<PlanFile> => {
      const clusterId = parsePathParam('cluster_id', request.params.clusterId);
      const body = bodyOf(request, z.omit(saveRevisionSchema, { basedOn: true }), 'plan');
      return planFileOf(await buildRevision(snapshots, body, clusterId, actorOf(request.user), request.log, now()), null, now());
    },
  );

  app.get('/api/plans/:planId/revisions/:revision/plan-file', { config: { access: access.read } }, async (request): Promise<PlanFile> => {
    const planId = planIdOf(request);
    const revision = await plans.revision(planId, revisionOf(request));
    if (!revision) throw new BffHttpError(404, BffCode.NOT_FOUND, 'This plan has no such revision.');
    const verdicts = await reviews.reviews(planId);
    const standing = standingOf(verdicts, revision);
    const approvals = verdicts.filter(
      (review) =>
        review.revision === revision.revision && review.verdict === 'approve' && standing.approvers.some((actor) => actor.subject === review.reviewer.subject),
    );
    const { planId: id, revision: n, author } = revision;
    return planFileOf({ ...revision, createdAt: new Date(revision.createdAt) }, { planId: id, revision: n, author, approvals }, now());
  });

  app.post<{ Params: { clusterId: string } }>(
    '/api/clusters/:clusterId/plan-files/check',
    { config: { access: clusterAccess } },
    async (request): Promise<PlanFileCheck> => {
      const clusterId = parsePathParam('cluster_id', request.params.clusterId);
      const file = bodyOf(request, planFileSchema, 'plan file');
      if (file.cluster.id !== clusterId) {
        throw new BffHttpError(
          400,
          BffCode.CLUSTER_MISMATCH,
          `The plan file is for cluster ${file.cluster.name} (${file.cluster.id}), not the one in the path.`,
        );
      }
      const fresh = await takeSnapshot(snapshots, clusterId, request.log, now());
      return { problems: planFileProblems(file), checkedAt: fresh.takenAt, drift: snapshotDrift(file.snapshot, fresh, file.preCheck, now()) };
    },
  );
};
