import type { Actor, PlanDetail, PlanSummary, Review, YouNote } from '../../shared/plans-api';
import type { PlanReviewStore } from '../db/plan-review-table';
import type { PlanRow, PlanStore } from '../db/plan-table';
import { planState, type Standing, standingOf } from './plan-state';
import { plural } from './plural';

/** Who is asking, as the plan pages decide what they may do. */
export interface Caller {
  actor: Actor;
  /** Operators (everyone without sign-in) may save, review and submit; viewers read and comment. */
  operator: boolean;
}

/** What the caller may do with the latest revision, and why not: a code for the SPA, English for API clients. */
function permissions(caller: Caller, plan: PlanRow, latestAuthor: string, standing: Standing, state: PlanDetail['state'], approvalsRequired: number): PlanDetail['you'] {
  const notes: YouNote[] = [];
  const open = plan.submitted === null;
  if (!open) notes.push({ code: 'submitted', message: 'This plan was submitted: it can no longer be reviewed, changed or sent again.' });
  else if (!caller.operator) notes.push({ code: 'viewer', message: 'You are a viewer: you may read and comment; approving, changing and submitting need the operator role.' });
  const own = caller.actor.subject === latestAuthor;
  if (open && caller.operator && own && approvalsRequired > 0) notes.push({ code: 'own-revision', message: `You saved revision ${plan.latest_revision}: another operator must review it.`, revision: plan.latest_revision });
  const missing = approvalsRequired - standing.approvers.length;
  if (open && state === 'in-review' && missing > 0) notes.push({ code: 'needs-approvals', message: `It needs ${plural(missing, 'more approval', 'more approvals')} before it can be submitted.`, approvals: missing });
  if (open && state === 'draft') notes.push({ code: 'no-pre-check', message: 'It has no pre-upgrade check yet: edit it, run the check and save a new revision.' });
  if (open && state === 'changes-requested') notes.push({ code: 'changes-requested', message: 'A reviewer asked for changes: edit it and save a new revision.' });
  if (open && state === 'superseded') notes.push({ code: 'superseded', message: 'Another plan for this cluster was submitted after this one was last revised.' });
  return {
    mayReview: open && caller.operator && !own,
    maySubmit: open && caller.operator && state === 'approved',
    mayRevise: open && caller.operator,
    notes,
  };
}

const submissionOf = (plan: PlanRow): PlanDetail['submission'] => {
  if (plan.submitted === null || plan.submitted_at === null) return null;
  const { revision, taskId, by } = JSON.parse(plan.submitted) as { revision: number; taskId: string; by: Actor };
  return { revision, taskId, by, at: plan.submitted_at.toISOString() };
};

export async function planDetail(plans: PlanStore, reviewStore: PlanReviewStore, plan: PlanRow, caller: Caller, approvalsRequired: number): Promise<PlanDetail> {
  const [summaries, reviews, comments, lastSubmit] = await Promise.all([
    plans.summaries(plan.id),
    reviewStore.reviews(plan.id),
    reviewStore.comments(plan.id),
    plans.lastSubmitOf(plan.cluster_id, plan.id),
  ]);
  const latest = summaries[summaries.length - 1]!;
  const standing = standingOf(reviews, { revision: latest.revision, bodySha256: latest.body_sha256, snapshotSha256: latest.snapshot_sha256 });
  const state = planState({
    submitted: plan.submitted !== null,
    superseded: lastSubmit !== undefined && lastSubmit > plan.updated_at,
    hasPreCheck: latest.pre_check !== null,
    standing,
    approvalsRequired,
  });
  return {
    id: plan.id,
    clusterId: plan.cluster_id,
    clusterName: plan.cluster_name,
    fromVersion: plan.from_version,
    targetVersion: plan.target_version,
    author: { subject: plan.author_subject, name: plan.author_name },
    createdAt: plan.created_at.toISOString(),
    state,
    latestRevision: plan.latest_revision,
    approvalsRequired,
    revisions: summaries.map((row) => ({
      revision: row.revision,
      author: { subject: row.author_subject, name: row.author_name },
      createdAt: row.created_at.toISOString(),
      bodySha256: row.body_sha256,
      snapshotSha256: row.snapshot_sha256,
    })),
    reviews,
    comments,
    submission: submissionOf(plan),
    you: permissions(caller, plan, latest.author_subject, standing, state, approvalsRequired),
  };
}

type ListedPlan = Awaited<ReturnType<PlanStore['list']>>[number];

export function planSummaries(rows: ListedPlan[], latestReviews: Awaited<ReturnType<PlanReviewStore['latestReviews']>>, approvalsRequired: number): PlanSummary[] {
  const lastSubmit = new Map<string, Array<{ id: string; at: Date }>>();
  for (const row of rows) if (row.submitted_at) lastSubmit.set(row.cluster_id, [...(lastSubmit.get(row.cluster_id) ?? []), { id: row.id, at: row.submitted_at }]);
  return rows.map((row) => {
    const verdicts: Array<Pick<Review, 'revision' | 'verdict' | 'bodySha256' | 'snapshotSha256'> & { reviewer: Actor }> = latestReviews
      .filter((review) => review.plan_id === row.id)
      .map((review) => ({ revision: review.revision, verdict: review.verdict, bodySha256: review.body_sha256, snapshotSha256: review.snapshot_sha256, reviewer: { subject: review.reviewer_subject, name: '' } }));
    const standing = standingOf(verdicts, { revision: row.latest_revision, bodySha256: row.body_sha256, snapshotSha256: row.snapshot_sha256 });
    const superseded = (lastSubmit.get(row.cluster_id) ?? []).some((other) => other.id !== row.id && other.at > row.updated_at);
    return {
      id: row.id,
      clusterId: row.cluster_id,
      clusterName: row.cluster_name,
      fromVersion: row.from_version,
      targetVersion: row.target_version,
      author: { subject: row.author_subject, name: row.author_name },
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      state: planState({ submitted: row.submitted !== null, superseded, hasPreCheck: row.pre_check !== null, standing, approvalsRequired }),
      latestRevision: row.latest_revision,
      approvals: standing.approvers.length,
    };
  });
}
