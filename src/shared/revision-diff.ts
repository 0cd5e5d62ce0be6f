import type { AcceptedRisk } from './bff-api';
import type { Revision } from './plans-api';
import { addonChangeInEnglish, addonChanges, type AddonChange } from './revision-diff-addons';
import { poolChangeInEnglish, poolChanges, type PoolChange } from './revision-diff-pools';
import { clusterChanges, snapshotChangeInEnglish, type ClusterChange } from './snapshot-drift';

export type { AddonChange, ValueChange } from './revision-diff-addons';
export type { PoolChange } from './revision-diff-pools';

export type RevisionView = Pick<Revision, 'plan' | 'poolNames' | 'snapshot' | 'acceptedRisks'>;

/**
 * One change from one revision to the next, as data: the BFF words it in English (revisionChangeInEnglish), the SPA
 * from its message catalogue.
 */
export type RevisionChange =
  | { kind: 'target' | 'step' | 'scope'; before: string | number; after: string | number }
  | { kind: 'onlyUpgrade'; before: boolean; after: boolean }
  | PoolChange
  | AddonChange
  /** `nodes`: how many nodes the risk was accepted on (0: the whole cluster). */
  | { kind: 'riskAdded' | 'riskReason' | 'riskRemoved'; name: string; nodes: number }
  /** The cluster's own changes between the two snapshots: the first few, and how many more. */
  | { kind: 'cluster'; changes: ClusterChange[]; more: number };

// The cluster's own changes are context for the plan's, not the subject: a few, then a count.
const DRIFT_LISTED = 5;

const changed = (kind: 'target' | 'step' | 'scope', before: string | number, after: string | number): RevisionChange[] => (before === after ? [] : [{ kind, before, after }]);

// The same risk may be accepted once per set of nodes, so the nodes are part of what makes it the same risk.
const riskKey = (risk: AcceptedRisk) => JSON.stringify([risk.name, [...(risk.nodeUids ?? [])].sort()]);
const riskChange = (kind: 'riskAdded' | 'riskReason' | 'riskRemoved', risk: AcceptedRisk): RevisionChange => ({ kind, name: risk.name, nodes: risk.nodeUids?.length ?? 0 });

function riskChanges(before: readonly AcceptedRisk[], after: readonly AcceptedRisk[]): RevisionChange[] {
  const was = new Map(before.map((risk) => [riskKey(risk), risk]));
  const now = new Map(after.map((risk) => [riskKey(risk), risk]));
  return [
    ...after.flatMap((risk) => {
      const old = was.get(riskKey(risk));
      if (!old) return [riskChange('riskAdded', risk)];
      return old.reason === risk.reason ? [] : [riskChange('riskReason', risk)];
    }),
    ...before.filter((risk) => !now.has(riskKey(risk))).map((risk) => riskChange('riskRemoved', risk)),
  ];
}

function clusterChange(before: RevisionView['snapshot'], after: RevisionView['snapshot']): RevisionChange[] {
  const changes = clusterChanges(before, after);
  if (changes.length === 0) return [];
  return [{ kind: 'cluster', changes: changes.slice(0, DRIFT_LISTED), more: Math.max(0, changes.length - DRIFT_LISTED) }];
}

/**
 * What changed from one revision to the next, one item per change a reviewer checks at a glance; empty when nothing
 * did. Waves and pool order are judged on the later snapshot, so they show the plan's changes, not the cluster's.
 */
export function revisionChanges(before: RevisionView, after: RevisionView): RevisionChange[] {
  const [a, b] = [before.plan, after.plan];
  const nameOf = (poolId: string) => after.poolNames[poolId] ?? before.poolNames[poolId] ?? poolId;
  return [
    ...changed('target', a.targetVersion, b.targetVersion),
    ...changed('step', a.userDefinedStep, b.userDefinedStep),
    ...changed('scope', a.scope, b.scope),
    ...(a.isOnlyUpgrade === b.isOnlyUpgrade ? [] : [{ kind: 'onlyUpgrade', before: a.isOnlyUpgrade, after: b.isOnlyUpgrade } as const]),
    ...poolChanges(a, b, after.snapshot, nameOf),
    ...addonChanges(a.addons, b.addons),
    ...riskChanges(before.acceptedRisks, after.acceptedRisks),
    ...clusterChange(before.snapshot, after.snapshot),
  ];
}

const onOff = (value: boolean) => (value ? 'on' : 'off');
const riskLabel = (name: string, nodes: number) => `Accepted risk ${name}${nodes === 0 ? '' : ` on ${nodes} ${nodes === 1 ? 'node' : 'nodes'}`}`;

/** One revision change in the BFF's English. */
export function revisionChangeInEnglish(change: RevisionChange): string {
  switch (change.kind) {
    case 'target':
      return `Target version ${change.before} → ${change.after}`;
    case 'step':
      return `Step ${change.before} → ${change.after}`;
    case 'scope':
      return `Scope ${change.before} → ${change.after}`;
    case 'onlyUpgrade':
      return `isOnlyUpgrade ${onOff(change.before)} → ${onOff(change.after)}`;
    case 'riskAdded':
      return `${riskLabel(change.name, change.nodes)} added`;
    case 'riskReason':
      return `${riskLabel(change.name, change.nodes)}: reason changed`;
    case 'riskRemoved':
      return `${riskLabel(change.name, change.nodes)} removed`;
    case 'cluster': {
      const listed = change.changes.map(snapshotChangeInEnglish).join('; ');
      return `The cluster changed between the two revisions: ${listed}${change.more > 0 ? `; and ${change.more} more ${change.more === 1 ? 'change' : 'changes'}` : ''}`;
    }
    case 'addonUnpatched':
    case 'addonPatched':
    case 'addonVersion':
    case 'addonValues':
      return addonChangeInEnglish(change);
    default:
      return poolChangeInEnglish(change);
  }
}

/**
 * What changed from one revision to the next in English, one line per change a reviewer checks at a glance; empty
 * when nothing did.
 */
export function describeRevisionChange(before: RevisionView, after: RevisionView): string[] {
  return revisionChanges(before, after).map(revisionChangeInEnglish);
}
