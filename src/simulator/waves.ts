import type { ClusterNode, NodePool } from '../shared/cce-responses';
import { DEFAULT_POOL } from '../shared/ids';
import type { ClusterUpgradeAction } from '../shared/upgrade-request';

export interface WaveInput {
  pools: readonly NodePool[];
  nodes: readonly ClusterNode[];
  action: ClusterUpgradeAction;
}

/** Turns an upgrade request into node batches (node uids). A shared planning function can replace the default. */
export type WavePlanner = (input: WaveInput) => string[][];

export const poolIdOf = (node: ClusterNode) => node.metadata.ownerReferences?.nodepoolID ?? DEFAULT_POOL;

/**
 * Pools in `nodePoolOrder` priority (higher first), then CCE's default of smaller pools first; batches
 * grow 1, 2, 4 … up to userDefinedStep, restarting per pool only with scope NodePool.
 * `nodeOrder` selectors are not applied yet: ListNodes carries no Kubernetes labels to match them against.
 */
export const defaultWavePlanner: WavePlanner = ({ pools, nodes, action }) => {
  const members = new Map<string, string[]>(pools.map((pool) => [pool.metadata.uid, []]));
  for (const node of nodes) members.get(poolIdOf(node))?.push(node.metadata.uid);
  const priority = (uid: string) => action.nodePoolOrder?.[uid] ?? 0;
  const ordered = [...members.entries()].sort(
    ([a, aNodes], [b, bNodes]) => priority(b) - priority(a) || aNodes.length - bNodes.length,
  );
  const { userDefinedStep: step, scope } = action.strategy.inPlaceRollingUpdate;
  const waves: string[][] = [];
  let size = 1;
  for (const [, queue] of ordered) {
    if (scope === 'NodePool') size = 1;
    for (let at = 0; at < queue.length; at += size, size = Math.min(size * 2, step)) {
      waves.push(queue.slice(at, at + size));
    }
  }
  return waves;
};
