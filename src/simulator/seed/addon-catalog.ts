import { supports } from '../../shared/addon-compat';

/**
 * The add-on templates the simulated region publishes. Each version supports a different window of
 * cluster versions (regexes, as CCE writes them), so the planner has real compatibility work to do.
 */
export interface CatalogVersion {
  version: string;
  clusterVersion: readonly string[];
  /** Omitted: CCE Standard and Turbo. */
  category?: readonly string[];
  arm64?: boolean;
  /**
   * Out of maintenance: CCE no longer moves it along during a cluster upgrade, so an upgrade to a cluster version
   * it does not support must patch it (the pre-check reports it as an Exception).
   */
  retired?: boolean;
  /** Omitted: a stable release. CCE also publishes newer, not-yet-stable versions. */
  stable?: false;
}

export interface CatalogEntry {
  name: string;
  alias: string;
  description: string;
  labels: readonly string[];
  require: boolean;
  values: { basic: Record<string, unknown>; custom: Record<string, unknown>; flavor: Record<string, unknown> };
  versions: readonly CatalogVersion[];
}

const resources = (cpu: string, memory: string) => [
  { name: 'main', limitsCpu: cpu, requestsCpu: cpu, limitsMem: memory, requestsMem: memory },
];

export const baseAddons = ['coredns', 'everest', 'npd', 'autoscaler', 'metrics-server'] as const;

export const addonCatalog: readonly CatalogEntry[] = [
  {
    name: 'coredns', alias: 'CoreDNS', description: 'In-cluster DNS service discovery', labels: ['ServiceDiscovery'], require: true,
    values: { basic: { cluster_ip: '10.247.3.10' }, custom: { stub_domains: {}, upstream_nameservers: [], parameterSyncStrategy: 'ensureConsistent' }, flavor: { name: '2500', replicas: 2, resources: resources('500m', '512Mi') } },
    versions: [
      { version: '1.25.1', clusterVersion: ['v1.2[3-5].*'], retired: true },
      { version: '1.27.1', clusterVersion: ['v1.2[5-8].*'], arm64: true },
      { version: '1.28.7', clusterVersion: ['v1.2[7-9].*'], arm64: true },
      { version: '1.29.5', clusterVersion: ['v1.(29|3[0-1]).*'], arm64: true },
      { version: '1.29.11', clusterVersion: ['v1.29.*', 'v1.3[0-1].*'], arm64: true, stable: false },
      { version: '1.30.7', clusterVersion: ['v1.3[0-1].*'], arm64: true },
    ],
  },
  {
    name: 'everest', alias: 'CCE Container Storage (Everest)', description: 'CSI storage driver for EVS, SFS and OBS', labels: ['Storage'], require: true,
    values: { basic: { bms_url: 'bms.cn-north-4.myhuaweicloud.com', driver_name: 'disk.csi.everest.io' }, custom: { csi_attacher_worker_threads: '60', volume_attaching_flow_ctrl: '0' }, flavor: { name: 'Preset', replicas: 2, resources: resources('250m', '600Mi') } },
    versions: [
      { version: '2.1.30', clusterVersion: ['v1.2[3-7].*'], retired: true },
      { version: '2.3.14', clusterVersion: ['v1.2[5-8].*'], arm64: true },
      { version: '2.4.28', clusterVersion: ['v1.2[7-9].*', 'v1.30.*'], arm64: true },
      { version: '2.4.62', clusterVersion: ['v1.(29|3[0-1]).*'], arm64: true },
      { version: '2.5.3', clusterVersion: ['v1.3[0-1].*'], arm64: true, stable: false },
    ],
  },
  {
    name: 'npd', alias: 'CCE Node Problem Detector', description: 'Detects node faults and reports them as conditions', labels: ['Monitoring'], require: false,
    values: { basic: {}, custom: { feature_gates: '', npc: { enable: false, maxTaintedNode: '10%' } }, flavor: { name: 'Preset', replicas: 1, resources: resources('100m', '100Mi') } },
    versions: [
      { version: '1.18.10', clusterVersion: ['v1.2[3-7].*'], retired: true },
      { version: '1.19.1', clusterVersion: ['v1.2[5-9].*'], arm64: true },
      { version: '1.19.9', clusterVersion: ['v1.(2[8-9]|3[0-1]).*'], arm64: true },
    ],
  },
  {
    name: 'autoscaler', alias: 'CCE Cluster Autoscaler', description: 'Scales node pools with pending pods', labels: ['Autoscaling'], require: false,
    values: { basic: {}, custom: { scaleDownEnabled: true, scaleDownUtilizationThreshold: 0.5, maxNodesTotal: 2100 }, flavor: { name: 'HA', replicas: 2, resources: resources('1000m', '1000Mi') } },
    versions: ['v1.25', 'v1.27', 'v1.28', 'v1.29', 'v1.30', 'v1.31'].map((minor, i) => ({
      // cluster-autoscaler is built per Kubernetes minor, so each version fits exactly one.
      version: `${minor.slice(1)}.${[21, 54, 22, 17, 15, 10][i]}`,
      clusterVersion: [`${minor}.*`],
      arm64: true,
      retired: minor === 'v1.25',
    })),
  },
  {
    name: 'metrics-server', alias: 'Kubernetes Metrics Server', description: 'Resource metrics for HPA and kubectl top', labels: ['Monitoring'], require: false,
    values: { basic: {}, custom: {}, flavor: { name: 'Preset', replicas: 1, resources: resources('500m', '500Mi') } },
    versions: [
      { version: '1.3.39', clusterVersion: ['v1.2[3-7].*'], retired: true },
      { version: '1.3.60', clusterVersion: ['v1.2[5-9].*', 'v1.3[0-1].*'], arm64: true },
    ],
  },
  {
    name: 'gpu-device-plugin', alias: 'CCE AI Suite (NVIDIA GPU)', description: 'NVIDIA driver and device plugin for GPU nodes', labels: ['Accelerator'], require: false,
    values: { basic: {}, custom: { is_driver_from_nvidia: true, nvidia_driver_download_url: 'https://obs.cn-north-4.example.com/nvidia/NVIDIA-Linux-x86_64-535.54.03.run' }, flavor: { name: 'Preset', replicas: 1, resources: resources('500m', '500Mi') } },
    versions: [
      { version: '2.0.48', clusterVersion: ['v1.2[5-8].*'], category: ['CCE'] },
      { version: '2.1.30', clusterVersion: ['v1.2[7-9].*', 'v1.30.*'], category: ['CCE'] },
      { version: '2.6.4', clusterVersion: ['v1.(29|3[0-1]).*'], category: ['CCE', 'Turbo'] },
    ],
  },
  {
    name: 'volcano', alias: 'Volcano Scheduler', description: 'Batch and AI job scheduling', labels: ['Scheduling'], require: false,
    values: { basic: {}, custom: { default_scheduler_conf: 'actions: "allocate, backfill, preempt"' }, flavor: { name: 'Preset', replicas: 1, resources: resources('1000m', '1000Mi') } },
    versions: [
      { version: '1.11.21', clusterVersion: ['v1.2[5-8].*'] },
      { version: '1.13.3', clusterVersion: ['v1.(2[7-9]|3[0-1]).*'], arm64: true },
    ],
  },
];

export function catalogEntry(name: string): CatalogEntry | undefined {
  return addonCatalog.find((entry) => entry.name === name);
}

/** The newest stable version that supports the cluster version: what CCE suggests patching to. */
export function compatibleVersion(entry: CatalogEntry, clusterVersion: string): CatalogVersion | undefined {
  const compatible = entry.versions.filter((version) => supportsCluster(version, clusterVersion));
  return compatible.findLast((version) => version.stable !== false) ?? compatible.at(-1);
}

/** `supportVersions` as ListAddonTemplates serves it: one entry per cluster type, each with its categories. */
export function supportVersionsOf(version: CatalogVersion) {
  const category = version.category ?? ['CCE', 'Turbo'];
  return [
    { clusterType: 'VirtualMachine', clusterVersion: [...version.clusterVersion], category: [...category] },
    ...(version.arm64 ? [{ clusterType: 'ARM64', clusterVersion: [...version.clusterVersion], category: [...category] }] : []),
  ];
}

/**
 * Whether a version supports a cluster version, matched exactly as the planner matches what we serve. Every simulated
 * cluster is an x86 CCE Standard one (see seed/clusters.ts).
 */
export function supportsCluster(version: CatalogVersion, clusterVersion: string): boolean {
  return supports(supportVersionsOf(version), { version: clusterVersion, clusterType: 'VirtualMachine', category: 'CCE' }).supported;
}
