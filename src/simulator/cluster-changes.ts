import type { SimCluster } from './model';
import type { ChangedNode, LabelChanges, NewNode } from './node-changes';
import { addNode, relabelNode } from './node-changes';
import type { SimStore } from './store';
import { bumpPatch, setAddonVersion } from './version-changes';

export type { ChangedNode, LabelChanges, NewNode };

/**
 * Changes to a cluster made behind the planner's back, for drift tests: each lasts until reset. An unknown cluster is
 * CCE's 404, anything else a control's error with a message.
 */
export interface ClusterChanges {
  addNode(clusterId: string, pool: string, node?: NewNode): ChangedNode;
  relabelNode(clusterId: string, node: string, changes: LabelChanges): ChangedNode;
  /** `to`: a platformVersion such as cce.10.3, or "next" (the default). */
  bumpPatch(clusterId: string, to?: string): { platformVersion: string; previous: string; patch: string };
  setAddonVersion(clusterId: string, addonName: string, version: string): { name: string; version: string; previous: string };
}

export function createClusterChanges(store: SimStore, now: () => number): ClusterChanges {
  // Settled first, so a finished upgrade is applied before the change rather than over it.
  const change = <T>(clusterId: string, apply: (cluster: SimCluster, at: number) => T): T => {
    const at = now();
    return apply(store.cluster(clusterId, at), at);
  };
  return {
    addNode: (clusterId, pool, node = {}) => change(clusterId, (cluster, at) => addNode(cluster, pool, node, at)),
    relabelNode: (clusterId, node, changes) => change(clusterId, (cluster) => relabelNode(cluster, node, changes)),
    bumpPatch: (clusterId, to = 'next') => change(clusterId, (cluster, at) => bumpPatch(cluster, to, at)),
    setAddonVersion: (clusterId, addonName, version) => change(clusterId, (cluster, at) => setAddonVersion(cluster, addonName, version, at)),
  };
}
