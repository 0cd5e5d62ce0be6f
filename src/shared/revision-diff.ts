import type { Revision } from './plans-api';

export type RevisionFacts = Pick<Revision, 'plan' | 'poolNames' | 'snapshot' | 'acceptedRisks'>;

/**
 * What changed between two revisions of a plan, in words a reviewer reads before approving the later one.
 * Covers the target version and the rolling strategy; pools, batches, add-ons and risks are compared elsewhere.
 */
export function describeRevisionChange(before: RevisionFacts, after: RevisionFacts): string[] {
  const changes: string[] = [];
  if (before.plan.targetVersion !== after.plan.targetVersion) {
    changes.push(`Target version changed from ${before.plan.targetVersion} to ${after.plan.targetVersion}`);
  }
  if (before.plan.userDefinedStep !== after.plan.userDefinedStep) {
    changes.push(`Step changed from ${before.plan.userDefinedStep} to ${after.plan.userDefinedStep} nodes per wave`);
  }
  if (before.plan.scope !== after.plan.scope) {
    changes.push(`Scope changed from ${before.plan.scope} to ${after.plan.scope}`);
  }
  return changes;
}
