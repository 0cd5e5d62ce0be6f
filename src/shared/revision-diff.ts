import type { AcceptedRisk } from './bff-api';
import type { Revision } from './plans-api';
import { describeAddonChanges } from './revision-diff-addons';
import { describePoolChanges } from './revision-diff-pools';
import { snapshotDrift } from './snapshot-drift';

export type RevisionView = Pick<Revision, 'plan' | 'poolNames' | 'snapshot' | 'acceptedRisks'>;

// The cluster's own changes are context for the plan's, not the subject: a few, then a count.
const DRIFT_LISTED = 5;

const changed = (label: string, before: string | number, after: string | number) => (before === after ? [] : [`${label} ${before} → ${after}`]);
const onOff = (value: boolean) => (value ? 'on' : 'off');

// The same risk may be accepted once per set of nodes, so the nodes are part of what makes it the same risk.
const riskKey = (risk: AcceptedRisk) => JSON.stringify([risk.name, [...(risk.nodeUids ?? [])].sort()]);
const riskLabel = (risk: AcceptedRisk) => {
  const count = risk.nodeUids?.length ?? 0;
  return `Accepted risk ${risk.name}${count === 0 ? '' : ` on ${count} ${count === 1 ? 'node' : 'nodes'}`}`;
};

function describeRiskChanges(before: readonly AcceptedRisk[], after: readonly AcceptedRisk[]): string[] {
  const was = new Map(before.map((risk) => [riskKey(risk), risk]));
  const now = new Map(after.map((risk) => [riskKey(risk), risk]));
  return [
    ...after.flatMap((risk) => {
      const old = was.get(riskKey(risk));
      if (!old) return [`${riskLabel(risk)} added`];
      return old.reason === risk.reason ? [] : [`${riskLabel(risk)}: reason changed`];
    }),
    ...before.filter((risk) => !now.has(riskKey(risk))).map((risk) => `${riskLabel(risk)} removed`),
  ];
}

function describeClusterChange(before: RevisionView['snapshot'], after: RevisionView['snapshot']): string[] {
  const drift = snapshotDrift(before, after, null, 0).map((item) => item.message);
  if (drift.length === 0) return [];
  const more = drift.length - DRIFT_LISTED;
  const listed = drift.slice(0, DRIFT_LISTED).join('; ');
  return [`The cluster changed between the two revisions: ${listed}${more > 0 ? `; and ${more} more ${more === 1 ? 'change' : 'changes'}` : ''}`];
}

/**
 * What changed from one revision to the next, one line per change a reviewer checks at a glance; empty when nothing
 * did. Waves and pool order are judged on the later snapshot, so they show the plan's changes, not the cluster's.
 */
export function describeRevisionChange(before: RevisionView, after: RevisionView): string[] {
  const [a, b] = [before.plan, after.plan];
  const nameOf = (poolId: string) => after.poolNames[poolId] ?? before.poolNames[poolId] ?? poolId;
  return [
    ...changed('Target version', a.targetVersion, b.targetVersion),
    ...changed('Step', a.userDefinedStep, b.userDefinedStep),
    ...changed('Scope', a.scope, b.scope),
    ...changed('isOnlyUpgrade', onOff(a.isOnlyUpgrade), onOff(b.isOnlyUpgrade)),
    ...describePoolChanges(a, b, after.snapshot, nameOf),
    ...describeAddonChanges(a.addons, b.addons),
    ...describeRiskChanges(before.acceptedRisks, after.acceptedRisks),
    ...describeClusterChange(before.snapshot, after.snapshot),
  ];
}
