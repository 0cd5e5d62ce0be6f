import { poolIdOf } from '../../shared/inventory';
import { seedState } from './clusters';
import { demoClusters, type DemoClusterName } from './demo-clusters';

export interface HandLabelledNode {
  poolId: string;
  poolName: string;
  /** The CCE node name, as ListNodes and the planner show it. */
  name: string;
  /** The Kubernetes node name. */
  privateIp: string;
}

/**
 * The demo nodes carrying the hand-set label `key=value` (e.g. upgrade-wave=canary), in seed order. The seed is
 * deterministic, so tests can name them up front instead of reading the simulator back.
 */
export function handLabelledNodes(cluster: DemoClusterName, key: string, value: string): HandLabelledNode[] {
  const seeded = seedState().clusters.get(demoClusters[cluster].id);
  if (!seeded) throw new Error(`seed error: no cluster ${cluster}`);
  const names = new Map(seeded.pools.map((pool) => [pool.metadata.uid, pool.metadata.name]));
  return seeded.nodes
    .filter((node) => seeded.handLabels.get(node.metadata.uid)?.[key] === value)
    .map((node) => {
      const poolId = poolIdOf(node, new Set(names.keys()));
      return { poolId, poolName: names.get(poolId) ?? poolId, name: node.metadata.name, privateIp: node.status.privateIP ?? '' };
    });
}
