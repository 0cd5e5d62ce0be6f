import { notFound } from './errors';
import { cceTime } from './format';
import type { SimCluster, SimTask } from './model';
import type { SimState } from './seed/clusters';
import { applyAddonPatch } from './seed/addons';
import { releaseOf } from './seed/versions';
import { progressAt, taskAddonPatches } from './tasks';

export const activeTask = (cluster: SimCluster): SimTask | undefined => cluster.tasks.find((task) => !task.applied);

/** Applies a finished upgrade to the cluster once; called lazily on reads instead of from a timer. */
function settle(cluster: SimCluster, now: number): void {
  const task = activeTask(cluster);
  if (!task || progressAt(task, now).phase !== 'Success') return;
  const release = releaseOf(task.targetMinor);
  cluster.resource.spec.version = task.targetMinor;
  cluster.resource.spec.platformVersion = task.targetPlatformVersion;
  const endsAt = task.startedAt + task.durationMs;
  cluster.resource.metadata.updateTimestamp = cceTime(endsAt);
  cluster.release = release.release;
  cluster.patch = release.latestPatch;
  cluster.suggestPatch = undefined;
  for (const patch of taskAddonPatches(task)) {
    const addon = cluster.addons.find((a) => a.spec.addonTemplateName === patch.addonTemplateName);
    if (addon) applyAddonPatch(addon, patch, endsAt);
  }
  task.applied = true;
}

export interface SimStore {
  clusters(now: number): SimCluster[];
  /** The cluster, settled at `now`; a missing or malformed id is CCE's 404. */
  cluster(id: string | undefined, now: number): SimCluster;
  readonly addonTemplates: SimState['addonTemplates'];
  /** Back to a freshly seeded fleet (e2e suites call this between specs). */
  reset(): void;
}

export function createStore(seed: () => SimState): SimStore {
  let state = seed();
  return {
    clusters(now) {
      const all = [...state.clusters.values()];
      all.forEach((cluster) => settle(cluster, now));
      return all;
    },
    cluster(id, now) {
      const cluster = id === undefined ? undefined : state.clusters.get(id);
      if (!cluster) throw notFound(`Cluster ${id ?? ''}`);
      settle(cluster, now);
      return cluster;
    },
    get addonTemplates() {
      return state.addonTemplates;
    },
    reset() {
      state = seed();
    },
  };
}
