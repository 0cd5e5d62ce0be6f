import type { FastifyBaseLogger } from 'fastify';
import { snapshotDrift } from '../../shared/snapshot-drift';
import { BffCode } from '../../shared/bff-errors';
import type { Actor } from '../../shared/plans-api';
import type { AuditEntry } from '../audit/audit-log';
import type { PlanReviewStore } from '../db/plan-review-table';
import type { PlanStore } from '../db/plan-table';
import { BffHttpError } from '../errors';
import { standingOf } from './plan-state';
import { plural } from './plural';
import { type SnapshotSource, snapshotSha256, takeSnapshot } from './take-snapshot';

export type PlanRef = NonNullable<AuditEntry['plan']>;

export interface GateOptions {
  plans: PlanStore;
  reviews: PlanReviewStore;
  snapshots: SnapshotSource;
  approvalsRequired: number;
  now: () => number;
}

export type GateResult = { plan?: PlanRef; error?: BffHttpError };

/**
 * What stands between an approved plan and CCE: the submit must name the saved revision (when approvals are needed),
 * carry its text byte for byte, have its approvals (bound to its hashes) and find the cluster as it was reviewed. Runs
 * before the submit is claimed or audited as sending, so a refusal reaches nothing.
 */
export function reviewGate({ plans, reviews, snapshots, approvalsRequired, now }: GateOptions) {
  async function check(clusterId: string, text: string, ref: PlanRef | undefined, log: FastifyBaseLogger): Promise<GateResult> {
    if (!ref) {
      if (approvalsRequired === 0) return {};
      return {
        error: new BffHttpError(409, BffCode.APPROVAL_REQUIRED, `This planner submits only reviewed plans: save the plan for review, have ${plural(approvalsRequired, 'other operator', 'other operators')} approve it, then submit it from its plan page.`),
      };
    }
    const plan = await plans.find(ref.id);
    if (!plan || plan.cluster_id !== clusterId) return { error: new BffHttpError(404, BffCode.NOT_FOUND, 'There is no saved plan with this id for this cluster.') };
    if (plan.submitted !== null) {
      const { revision } = JSON.parse(plan.submitted) as { revision: number };
      // The same revision again: the memory of submits answers it (a replay, or a refusal), never a second upgrade.
      if (revision === ref.revision) return { plan: ref };
      return { error: new BffHttpError(409, BffCode.REVISION_STALE, `Revision ${revision} of this plan was already submitted; revision ${ref.revision} can no longer be sent.`) };
    }
    if (plan.latest_revision !== ref.revision) {
      return { error: new BffHttpError(409, BffCode.REVISION_STALE, `Revision ${ref.revision} was replaced by revision ${plan.latest_revision}: review and submit that one.`) };
    }
    const revision = await plans.revision(ref.id, ref.revision);
    if (!revision) return { error: new BffHttpError(404, BffCode.NOT_FOUND, 'There is no such revision of this plan.') };
    if (text !== revision.request) {
      return { error: new BffHttpError(409, BffCode.PLAN_TEXT_CHANGED, `The request text differs from revision ${ref.revision}\u2019s, which is what was reviewed. Submit the revision\u2019s text unedited, or save your change as a new revision for review.`) };
    }
    const standing = standingOf(await reviews.reviews(ref.id), revision);
    if (standing.approvers.length < approvalsRequired) {
      const why = standing.changesRequested ? ' A reviewer asked for changes.' : '';
      return {
        error: new BffHttpError(409, BffCode.NOT_APPROVED, `Revision ${ref.revision} has ${standing.approvers.length} of ${plural(approvalsRequired, 'approval', 'approvals')} needed, so it was not sent.${why} Ask another operator to review it on its plan page.`),
      };
    }
    const fresh = await takeSnapshot(snapshots, clusterId, log, now());
    const drift = snapshotDrift(revision.snapshot, fresh, revision.preCheck, now());
    const checked: PlanRef = { ...ref, snapshotSha256: snapshotSha256(fresh), approvedBy: standing.approvers.map(({ subject, name }: Actor) => ({ subject, name })) };
    if (drift.length > 0) {
      return {
        plan: { ...checked, drift: drift.map((item) => item.message) },
        error: new BffHttpError(
          409,
          BffCode.PLAN_DRIFTED,
          `The cluster changed since revision ${ref.revision} was reviewed, so it was not sent: ${drift.map((item) => item.message).join('; ')}. Re-plan from the cluster as it is now and have the new revision reviewed.`,
          { drift },
        ),
      };
    }
    return { plan: checked };
  }

  async function submitted(ref: PlanRef, taskId: string, by: Actor): Promise<void> {
    await plans.submitted(ref.id, { revision: ref.revision, taskId, by }, new Date(now()));
  }

  return { check, submitted };
}

export type ReviewGate = ReturnType<typeof reviewGate>;
