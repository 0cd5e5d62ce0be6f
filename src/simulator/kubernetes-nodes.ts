import type { ClusterNode, NodePool } from '../shared/cce-responses';
import { buildInventory, derivedLabels } from '../shared/inventory';
import type { Labels } from '../shared/selectors';
import type { SimCluster } from './model';
import { releaseOf } from './seed/versions';
import { activeTask } from './store';
import { upgradedNodes } from './tasks';
import { nodesView } from './views';

/**
 * A node's Kubernetes labels: the well-known ones, by the very derivation the planner falls back to (so derived
 * and real labels agree wherever both exist), changed by the labels set or removed by hand that only Kubernetes knows.
 */
export function kubernetesLabelsOf(cluster: SimCluster): (node: ClusterNode, pool: NodePool | undefined) => Labels {
  return (node, pool) => {
    const merged = Object.entries({ ...derivedLabels(node, pool), ...cluster.handLabels.get(node.metadata.uid) });
    return Object.fromEntries(merged.filter((entry): entry is [string, string] => entry[1] !== null));
  };
}

/** Kubelet versions as CCE builds them: the release with CCE's patch suffix. */
function kubeletVersions(cluster: SimCluster, now: number): (uid: string) => string {
  const current = `${cluster.release}-${cluster.patch}`;
  const task = activeTask(cluster);
  if (!task) return () => current;
  const target = releaseOf(task.targetMinor);
  const upgraded = upgradedNodes(task, now);
  return (uid) => (upgraded.has(uid) ? `${target.release}-${target.latestPatch}` : current);
}

/**
 * `GET /api/v1/nodes` as the cluster's Kubernetes API answers it, trimmed to what a node list minimally
 * carries. CCE registers nodes in Kubernetes under their private IP, so that is the node name.
 */
export function kubernetesNodeList(cluster: SimCluster, now: number) {
  const { nodes } = buildInventory(cluster.pools, nodesView(cluster, now), kubernetesLabelsOf(cluster));
  const kubeletVersion = kubeletVersions(cluster, now);
  return {
    kind: 'NodeList',
    apiVersion: 'v1',
    metadata: { resourceVersion: String(now) },
    items: nodes.map((node) => ({
      metadata: { name: node.privateIp, uid: node.uid, labels: node.labels },
      // CCE cordons a node while upgrading it, and leaves it cordoned if its upgrade failed.
      spec: node.phase === 'Upgrading' || node.phase === 'Abnormal' ? { unschedulable: true } : {},
      status: {
        addresses: [
          { type: 'InternalIP', address: node.privateIp },
          { type: 'Hostname', address: node.privateIp },
        ],
        nodeInfo: { kubeletVersion: kubeletVersion(node.uid), architecture: node.labels['kubernetes.io/arch'] ?? 'amd64', operatingSystem: 'linux' },
        conditions: [node.phase === 'Abnormal' ? { type: 'Ready', status: 'False', reason: 'KubeletNotReady' } : { type: 'Ready', status: 'True', reason: 'KubeletReady' }],
      },
    })),
  };
}
