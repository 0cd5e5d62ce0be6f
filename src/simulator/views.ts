import type { AddonInstance, Cluster, ClusterNode } from '../shared/cce-responses';
import type { SimCluster, SimTask } from './model';
import { activeTask } from './store';
import { progressAt, taskAddonPatches } from './tasks';

function upgradingStatus(cluster: SimCluster, task: SimTask, now: number): Cluster['status'] {
  const progress = progressAt(task, now);
  // A Failed task still holds the cluster (only a retry moves it on), so the phase stays Upgrading; the reason says why it stopped.
  if (progress.phase !== 'Failed') return { ...cluster.resource.status, phase: 'Upgrading' };
  const message = `The upgrade to ${task.targetMinor} stopped in wave ${progress.batch + 1}: ${task.failure?.reason ?? 'unknown error'}. Fix the cause, then retry the upgrade.`;
  return { ...cluster.resource.status, phase: 'Upgrading', reason: 'UpgradeFailed', message };
}

/** The stored cluster as CCE shows it at `now`: `Upgrading` while a task runs, node and add-on totals on `detail`. */
export function clusterView(cluster: SimCluster, now: number, detail: boolean): Cluster {
  const task = activeTask(cluster);
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
    status: task ? upgradingStatus(cluster, task, now) : resource.status,
  };
}

/** Nodes of the wave being upgraded show Upgrading; if the task failed in that wave, Abnormal. */
export function nodesView(cluster: SimCluster, now: number): ClusterNode[] {
  const task = activeTask(cluster);
  if (!task) return cluster.nodes;
  const { batch, phase } = progressAt(task, now);
  const busy = new Set(batch >= 0 ? task.waves[batch] : []);
  const shown = phase === 'Failed' ? 'Abnormal' : 'Upgrading';
  return cluster.nodes.map((node) => (busy.has(node.metadata.uid) ? { ...node, status: { ...node.status, phase: shown } } : node));
}

export function addonsView(cluster: SimCluster, now: number): AddonInstance[] {
  const task = activeTask(cluster);
  if (!task || progressAt(task, now).stage !== 'Addons') return cluster.addons;
  const patched = new Set(taskAddonPatches(task).map((a) => a.addonTemplateName));
  return cluster.addons.map((addon) =>
    patched.has(addon.spec.addonTemplateName) ? { ...addon, status: { ...addon.status, status: 'upgrading' } } : addon,
  );
}
