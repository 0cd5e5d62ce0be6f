import { serializeUpgradeRequest, toUpgradeRequest } from '../../shared/plan';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile, type PlanFileCheck } from '../../shared/plan-file';
import type { Revision, Review } from '../../shared/plans-api';
import type { NewRevision } from '../db/plan-table';
import { canonicalSha256 } from '../submit/plan-hash';
import { snapshotSha256 } from './take-snapshot';

type Saved = Pick<Revision, 'planId' | 'revision' | 'author'> & { approvals: Array<Pick<Review, 'reviewer' | 'at'>> };

/** A plan file of a revision (saved, with its approvals) or of a plan the BFF just checked and snapshotted (unsaved). */
export function planFileOf(revision: NewRevision, saved: Saved | null, now: number): PlanFile {
  const { snapshot } = revision;
  return {
    format: PLAN_FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    cluster: { id: snapshot.cluster.id, name: snapshot.cluster.name },
    fromVersion: snapshot.cluster.version,
    targetVersion: revision.plan.targetVersion,
    request: revision.request,
    bodySha256: revision.bodySha256,
    plan: revision.plan,
    poolNames: Object.fromEntries(snapshot.pools.map((pool) => [pool.id, pool.name])),
    acceptedRisks: revision.acceptedRisks,
    preCheck: revision.preCheck,
    snapshot,
    snapshotSha256: revision.snapshotSha256,
    saved: saved && { planId: saved.planId, revision: saved.revision, author: saved.author, approvals: saved.approvals.map(({ reviewer, at }) => ({ reviewer, at })) },
  };
}

/** What makes a file disagree with itself: it must carry one plan, hashed as the BFF hashes, on the cluster it names. */
export function planFileProblems(file: PlanFile): PlanFileCheck['problems'] {
  const problems: PlanFileCheck['problems'] = [];
  if (file.plan.clusterId !== file.cluster.id) problems.push({ code: 'plan-cluster', path: 'plan.clusterId', message: `names cluster ${file.plan.clusterId}, but the file is for ${file.cluster.id}` });
  if (file.snapshot.cluster.id !== file.cluster.id) problems.push({ code: 'snapshot-cluster', path: 'snapshot.cluster.id', message: 'the snapshot is of another cluster than the file names' });
  if (serializeUpgradeRequest(toUpgradeRequest(file.plan)) !== file.request) {
    problems.push({ code: 'request-text', path: 'request', message: 'is not the text of the file\u2019s plan: the file was edited by hand, or made by another tool' });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.request);
  } catch {
    parsed = undefined;
  }
  if (canonicalSha256(parsed) !== file.bodySha256) problems.push({ code: 'body-hash', path: 'bodySha256', message: 'is not the SHA-256 of the request\u2019s canonical JSON: the text or the hash was changed' });
  if (snapshotSha256(file.snapshot) !== file.snapshotSha256) problems.push({ code: 'snapshot-hash', path: 'snapshotSha256', message: 'is not the SHA-256 of the snapshot: the snapshot or the hash was changed' });
  return problems;
}
