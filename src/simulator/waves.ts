import { buildInventory } from '../shared/inventory';
import type { ClusterUpgradeAction } from '../shared/upgrade-request';
import { computeWaves } from '../shared/waves';
import { kubernetesLabelsOf } from './kubernetes-nodes';
import type { SimCluster } from './model';

/**
 * The order the simulated CCE upgrades nodes in: the planner's own prediction (shared `computeWaves`) over the
 * labels the cluster's Kubernetes API serves, hand-set ones included. Demo mode thereby upgrades nodes exactly
 * as the preview showed, which is what the e2e journey checks. Node uids, one array per wave.
 */
export function planWaves(cluster: SimCluster, action: ClusterUpgradeAction): string[][] {
  const { pools, nodes } = buildInventory(cluster.pools, cluster.nodes, kubernetesLabelsOf(cluster));
  return computeWaves(pools, nodes, action).map((wave) => wave.nodes.map((node) => node.uid));
}
