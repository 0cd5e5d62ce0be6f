import type { AddonInstance, Cluster, ClusterNode } from '../shared/cce-responses';
import type { SimCluster } from './model';
import { activeTask } from './store';
import { progressAt, upgradingNodes } from './tasks';

/** The stored cluster as CCE shows it at `now`: `Upgrading` while a task runs, node and add-on totals on `detail`. */
export function clusterView(cluster: SimCluster, now: number, detail: boolean): Cluster {
  const upgrading = activeTask(cluster) !== undefined;
  const { resource } = cluster;
  const annotations = detail
    ? {
        ...(resource.metadata['annotations'] as Record<string, string> | undefined),
        totalNodesNumber: String(cluster.nodes.length),
        activeNodesNumber: String(nodesView(cluster, now).filter((n) => n.status.phase === 'Active').length),
        installedAddonInstances: JSON.stringify(
          cluster.addons.map((a) => ({ addonTemplateName: a.spec.addonTemplateName, version: a.spec.version, status: a.status?.status })),
        ),
      }
    : resource.metadata['annotations'];
  return {
    ...resource,
    metadata: { ...resource.metadata, annotations },
    status: upgrading ? { ...resource.status, phase: 'Upgrading' } : resource.status,
  };
}

export function nodesView(cluster: SimCluster, now: number): ClusterNode[] {
  const task = activeTask(cluster);
  if (!task) return cluster.nodes;
  const busy = upgradingNodes(task, now);
  return cluster.nodes.map((node) => (busy.has(node.metadata.uid) ? { ...node, status: { ...node.status, phase: 'Upgrading' } } : node));
}

export function addonsView(cluster: SimCluster, now: number): AddonInstance[] {
  const task = activeTask(cluster);
  if (!task || progressAt(task, now).stage !== 'Addons') return cluster.addons;
  const patched = new Set(task.addons.map((a) => a.addonTemplateName));
  return cluster.addons.map((addon) =>
    patched.has(addon.spec.addonTemplateName) ? { ...addon, status: { ...addon.status, status: 'upgrading' } } : addon,
  );
}
