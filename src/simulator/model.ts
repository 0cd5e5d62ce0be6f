import type { AddonInstance, Cluster, ClusterNode, NodePool } from '../shared/cce-responses';
import type { AddonPatch, ClusterUpgradeAction } from '../shared/upgrade-request';

/** One upgrade task. Its progress is never stored: it is derived from `startedAt` and the clock on every read. */
export interface SimTask {
  uid: string;
  /** Full running version before the upgrade, e.g. v1.28.15-r30. */
  version: string;
  /** Exactly as requested (minor or full form). */
  targetVersion: string;
  targetMinor: string;
  targetPlatformVersion: string;
  strategy: ClusterUpgradeAction['strategy'];
  addons: readonly AddonPatch[];
  /** Node uids, one array per batch, in upgrade order. */
  waves: readonly (readonly string[])[];
  startedAt: number;
  durationMs: number;
  /** True once the cluster reflects the finished upgrade, so completion is applied exactly once. */
  applied: boolean;
}

/** A cluster with everything the simulator serves about it; the resources are stored in their wire shape. */
export interface SimCluster {
  resource: Cluster;
  release: string;
  patch: string;
  suggestPatch?: string;
  /** DefaultPool first. */
  pools: NodePool[];
  nodes: ClusterNode[];
  /** Kubernetes labels set by hand, by node uid: served only by the cluster's Kubernetes API, never by CCE's. */
  handLabels: ReadonlyMap<string, Readonly<Record<string, string>>>;
  addons: AddonInstance[];
  tasks: SimTask[];
}
