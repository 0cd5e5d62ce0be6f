import type { AcceptedRisk } from './bff-api';
import { parseCceTime } from './cce-time';
import type { PreCheckItem, PreCheckTask } from './cce-responses';
import type { PreCheckRequest, SkippedCheckItem } from './check-requests';

export type FindingScope = 'cluster' | 'addons' | 'nodes';

/** One failed check item; a node check failing on several nodes the same way is one finding naming every node. */
export interface PreCheckFinding {
  key: string;
  scope: FindingScope;
  name: string;
  /** Exception (must be fixed) | Risk (may be accepted with a reason); anything else is treated as an Exception. */
  kind: string;
  group?: string;
  level?: string;
  message?: string;
  nodes: { uid: string; name?: string }[];
  /** Add-on templates the finding is about (riskSource.addonRisks). */
  addons: string[];
}

const TERMINAL = new Set(['Success', 'Failed', 'Error']);
export const isPreCheckFinished = (task: PreCheckTask) => TERMINAL.has(task.status.phase);
export const isRisk = (finding: PreCheckFinding) => finding.kind === 'Risk';

function finding(scope: FindingScope, item: PreCheckItem, nodes: PreCheckFinding['nodes']): PreCheckFinding {
  return {
    key: `${scope}:${item.kind ?? ''}:${item.name}:${item.message ?? ''}`,
    scope,
    name: item.name,
    kind: item.kind ?? 'Exception',
    group: item.group,
    level: item.level,
    message: item.message,
    nodes,
    addons: (item.riskSource?.addonRisks ?? []).map((risk) => risk.addonTemplateName),
  };
}

const riskNodes = (item: PreCheckItem) => (item.riskSource?.nodeRisks ?? []).map((risk) => ({ uid: risk.NodeID }));
const failed = (items: readonly PreCheckItem[]) => items.filter((item) => item.phase === 'Failed');

/** The findings of a check: only Failed items count (skipped items come back Success). */
export function preCheckFindings(task: PreCheckTask): PreCheckFinding[] {
  const { clusterCheckStatus, addonCheckStatus, nodeCheckStatus } = task.status;
  const byNode = new Map<string, PreCheckFinding>();
  for (const stage of nodeCheckStatus?.nodeStageStatus ?? []) {
    for (const item of failed(stage.itemsStatus)) {
      const next = finding('nodes', item, []);
      const existing = byNode.get(next.key) ?? next;
      existing.nodes.push({ uid: stage.nodeInfo.uid, name: stage.nodeInfo.name });
      byNode.set(next.key, existing);
    }
  }
  return [
    ...failed(clusterCheckStatus?.itemsStatus ?? []).map((item) => finding('cluster', item, riskNodes(item))),
    ...failed(addonCheckStatus?.itemsStatus ?? []).map((item) => finding('addons', item, riskNodes(item))),
    ...byNode.values(),
  ];
}

/** The accepted risk for a finding: node risks carry the uids of the nodes they were reported on (reference §5.1). */
export function riskAcceptance(finding: PreCheckFinding, reason: string): AcceptedRisk {
  return finding.scope === 'nodes' ? { name: finding.name, nodeUids: finding.nodes.map((node) => node.uid), reason } : { name: finding.name, reason };
}

export function isAccepted(finding: PreCheckFinding, accepted: readonly AcceptedRisk[]): boolean {
  return accepted.some(
    (risk) => risk.name === finding.name && (finding.scope !== 'nodes' || finding.nodes.every((node) => risk.nodeUids?.includes(node.uid))),
  );
}

/** CreatePreCheck's skip list for the accepted risks: one entry per item name, node uids merged. */
export function skippedCheckItems(accepted: readonly AcceptedRisk[]): SkippedCheckItem[] {
  const byName = new Map<string, Set<string> | null>();
  for (const risk of accepted) {
    const uids = byName.has(risk.name) ? byName.get(risk.name) : new Set<string>();
    // A risk accepted for the whole cluster is skipped everywhere; node uids only ever narrow a node-level skip.
    byName.set(risk.name, risk.nodeUids && uids ? new Set([...uids, ...risk.nodeUids]) : null);
  }
  return [...byName].map(([name, uids]) =>
    uids && uids.size > 0 ? { name, resourceSelector: { key: 'node.uid', operator: 'In', values: [...uids] } } : { name },
  );
}

/**
 * The CreatePreCheck body for a cluster and target, skipping the accepted risks (reference §5.1): what the wizard sends
 * and what exports send. `clusterVersion` (the running patch version) is optional for CCE and sent only when known.
 */
export function preCheckRequest(
  target: { clusterId: string; targetVersion: string; clusterVersion?: string },
  accepted: readonly AcceptedRisk[],
): PreCheckRequest {
  const skipped = skippedCheckItems(accepted);
  return {
    apiVersion: 'v3',
    kind: 'PreCheckTask',
    spec: {
      clusterID: target.clusterId,
      ...(target.clusterVersion === undefined ? {} : { clusterVersion: target.clusterVersion }),
      targetVersion: target.targetVersion,
      ...(skipped.length > 0 ? { skippedCheckItemList: skipped } : {}),
    },
  };
}

export type PreCheckState =
  | { state: 'running'; phase: string }
  | { state: 'error'; message: string }
  | { state: 'expired'; expiredAt: number }
  | { state: 'done'; findings: PreCheckFinding[] };

/** Where a check stands at `now`: still running, could not run, expired, or done with its findings. */
export function preCheckState(task: PreCheckTask, now: number): PreCheckState {
  const { phase, message, expireTimeStamp } = task.status;
  if (!isPreCheckFinished(task)) return { state: 'running', phase };
  if (phase !== 'Success') return { state: 'error', message: message || `the check ended in phase ${phase}` };
  const expiredAt = parseCceTime(expireTimeStamp);
  if (expiredAt !== undefined && expiredAt <= now) return { state: 'expired', expiredAt };
  return { state: 'done', findings: preCheckFindings(task) };
}
