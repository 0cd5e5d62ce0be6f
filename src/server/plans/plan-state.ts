import type { Actor, PlanState } from '../../shared/plans-api';

export interface Verdict {
  revision: number;
  reviewer: Actor;
  verdict: 'approve' | 'request-changes';
  bodySha256: string;
  snapshotSha256: string;
}

export interface Standing {
  approvers: Actor[];
  changesRequested: boolean;
}

/**
 * Where a revision stands: each reviewer's latest verdict on it counts, and only a verdict given on exactly its text
 * and snapshot (the hashes) — an approval never carries over to another revision.
 */
export function standingOf(verdicts: readonly Verdict[], revision: { revision: number; bodySha256: string; snapshotSha256: string }): Standing {
  const latest = new Map<string, Verdict>();
  for (const verdict of verdicts) {
    if (verdict.revision !== revision.revision || verdict.bodySha256 !== revision.bodySha256 || verdict.snapshotSha256 !== revision.snapshotSha256) continue;
    latest.set(verdict.reviewer.subject, verdict);
  }
  const current = [...latest.values()];
  return {
    approvers: current.filter((verdict) => verdict.verdict === 'approve').map((verdict) => verdict.reviewer),
    changesRequested: current.some((verdict) => verdict.verdict === 'request-changes'),
  };
}

export interface StateFacts {
  submitted: boolean;
  /** Another plan for the cluster was submitted after this one's latest revision. */
  superseded: boolean;
  hasPreCheck: boolean;
  standing: Standing;
  approvalsRequired: number;
}

export function planState({ submitted, superseded, hasPreCheck, standing, approvalsRequired }: StateFacts): PlanState {
  if (submitted) return 'submitted';
  if (superseded) return 'superseded';
  if (!hasPreCheck) return 'draft';
  if (standing.changesRequested) return 'changes-requested';
  return standing.approvers.length >= approvalsRequired ? 'approved' : 'in-review';
}
