import type { AddonInstance, Cluster, ClusterNode, NodePool, PreCheckItem } from '../shared/cce-responses';
import type { PreCheckRequest } from '../shared/check-requests';
import type { AddonPatch, ClusterUpgradeAction } from '../shared/upgrade-request';

/** A failure armed by the test control: the task stops in wave `atWave` (1-based) until it is retried. */
export interface UpgradeFailure {
  atWave: number;
  reason: string;
}

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
  /** The add-on patches of the request. */
  addons: readonly AddonPatch[];
  /** Add-ons CCE moves on its own because their version does not support the target (and is not too old to move). */
  automaticAddons: readonly AddonPatch[];
  /** Node uids, one array per batch, in upgrade order. */
  waves: readonly (readonly string[])[];
  createdAt: number;
  /** Origin of the task's timeline; a retry moves it so the task resumes where it stopped. */
  startedAt: number;
  durationMs: number;
  /** Stops the task in a wave until retried; cleared by the retry. */
  failure?: UpgradeFailure;
  /** True once the cluster reflects the finished upgrade, so completion is applied exactly once. */
  applied: boolean;
}

/** What a pre-check found, fixed when it was created; the clock only decides how much of it is reported yet. */
export interface PreCheckReport {
  clusterItems: PreCheckItem[];
  addonItems: PreCheckItem[];
  nodes: { nodeInfo: { uid: string; name: string; status: string; nodeType: 'node' }; itemsStatus: PreCheckItem[] }[];
}

export interface SimPreCheck {
  uid: string;
  /** The request's spec, echoed as CCE does. */
  spec: PreCheckRequest['spec'];
  report: PreCheckReport;
  startedAt: number;
  durationMs: number;
  /** How long results stay valid after completion. */
  ttlMs: number;
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
  /**
   * Kubernetes labels set by hand, by node uid: served only by the cluster's Kubernetes API, never by CCE's.
   * Null is a label removed by hand (`kubectl label node … key-`), so it hides a well-known label of that key.
   */
  handLabels: ReadonlyMap<string, Readonly<Record<string, string | null>>>;
  /** Percent of the containerd data disk in use, by node uid; nodes not listed have plenty of room. */
  containerdDiskUsage: ReadonlyMap<string, number>;
  addons: AddonInstance[];
  tasks: SimTask[];
  preChecks: SimPreCheck[];
  /** Armed by the test control for this cluster's next upgrade. */
  nextUpgradeFailure?: UpgradeFailure;
}
