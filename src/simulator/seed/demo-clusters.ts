import { DEFAULT_POOL } from '../../shared/ids';

/** What the seed knows about a node pool before nodes are generated for it. */
export interface PoolSeed {
  name: string;
  nodes: number;
  flavor: string;
  os: string;
  /** A fixed zone, or "random" to spread the pool's nodes over every zone. */
  az: string;
  k8sTags?: Readonly<Record<string, string>>;
  taints?: ReadonlyArray<{ key: string; value: string; effect: 'NoSchedule' | 'NoExecute' | 'PreferNoSchedule' }>;
  /**
   * Kubernetes labels an operator set by hand (`kubectl label node`), by the node's position in the pool.
   * CCE's API never shows them; only the cluster's Kubernetes API does, which is what the planner must find out.
   */
  handLabels?: (position: number) => Readonly<Record<string, string>>;
  /** Percent of the containerd data disk in use, by the node's position in the pool; unlisted nodes have plenty of room. */
  containerdDiskUsage?: Readonly<Record<number, number>>;
}

export interface ClusterSeed {
  id: string;
  name: string;
  version: string;
  patch: string;
  suggestPatch?: string;
  phase: 'Available' | 'Unavailable';
  message?: string;
  flavor: string;
  description: string;
  extraAddons: readonly string[];
  /** The first pool is the DefaultPool. */
  pools: readonly PoolSeed[];
}

export const ZONES = ['cn-north-4a', 'cn-north-4b', 'cn-north-4c'] as const;
const EULER_29 = 'EulerOS 2.9';
const HCE_20 = 'Huawei Cloud EulerOS 2.0';

const defaultPool = (nodes: number, flavor = 'c7.xlarge.2'): PoolSeed => ({ name: DEFAULT_POOL, nodes, flavor, os: EULER_29, az: 'random' });

export const UPGRADE_WAVE = 'upgrade-wave';

/** The labels at the given positions of a pool, none elsewhere. */
const labelAt =
  (positions: readonly number[], labels: Readonly<Record<string, string>>) =>
  (position: number): Readonly<Record<string, string>> =>
    positions.includes(position) ? labels : {};

/** Three analytics pools hold canary nodes, so a cluster-wide canary batch spans pools. */
const analyticsCanaries: Readonly<Record<number, readonly number[]>> = { 0: [0, 25], 13: [7], 26: [3, 30, 44] };

const analyticsFlavors = ['c7.2xlarge.2', 'c7.4xlarge.2', 'm7.2xlarge.8', 'c7.xlarge.4'] as const;

/** 39 pools of 50 plus a DefaultPool of 50: exactly 2,000 nodes, the size the planner must stay fast at. */
const analyticsPools: PoolSeed[] = [
  defaultPool(50, 'c7.2xlarge.2'),
  ...Array.from({ length: 39 }, (_, i): PoolSeed => ({
    name: `analytics-${String(i + 1).padStart(2, '0')}`,
    nodes: 50,
    flavor: analyticsFlavors[i % analyticsFlavors.length]!,
    os: i % 3 === 0 ? EULER_29 : HCE_20,
    az: i % 4 === 3 ? 'random' : ZONES[i % ZONES.length]!,
    k8sTags: { 'analytics.example.com/tier': i < 13 ? 'hot' : i < 26 ? 'warm' : 'cold' },
    ...(analyticsCanaries[i] ? { handLabels: labelAt(analyticsCanaries[i], { [UPGRADE_WAVE]: 'canary' }) } : {}),
  })),
];

export const demoClusters = {
  'prod-payments': {
    id: '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31',
    name: 'prod-payments',
    version: 'v1.28',
    patch: 'r30',
    suggestPatch: 'r50',
    phase: 'Available',
    flavor: 'cce.s2.medium',
    description: 'Payments production (HA masters)',
    extraAddons: ['gpu-device-plugin'],
    pools: [
      defaultPool(6),
      {
        name: 'general-x86', nodes: 24, flavor: 'c7.2xlarge.2', os: HCE_20, az: 'random', k8sTags: { workload: 'general' },
        // One canary, and a numeric rack index for gt/lt selectors.
        handLabels: (i) => ({ 'rack-index': String(i % 10), ...labelAt([5], { [UPGRADE_WAVE]: 'canary' })(i) }),
      },
      {
        name: 'gpu-inference', nodes: 8, flavor: 'pi2.2xlarge.4', os: EULER_29, az: 'cn-north-4a',
        k8sTags: { accelerator: 'nvidia-t4', workload: 'inference' },
        taints: [{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }],
        handLabels: labelAt([1, 6], { [UPGRADE_WAVE]: 'canary' }),
      },
      {
        name: 'arm-batch', nodes: 10, flavor: 'kc1.large.4', os: 'EulerOS 2.10 ARM', az: 'cn-north-4b', k8sTags: { 'kubernetes.io/arch': 'arm64', workload: 'batch' },
        // The pre-check's one Risk: a batch node whose image cache nearly fills its containerd disk.
        containerdDiskUsage: { 3: 91 },
      },
      {
        name: 'memory-optimized', nodes: 12, flavor: 'm7.2xlarge.8', os: HCE_20, az: 'cn-north-4c', k8sTags: { workload: 'cache' },
        handLabels: labelAt([0, 4, 8], { [UPGRADE_WAVE]: 'late' }),
      },
    ],
  },
  'legacy-batch': {
    id: '0b5e7d42-91ac-4f63-8e2d-7a6c13f09b84',
    name: 'legacy-batch',
    version: 'v1.25',
    patch: 'r20',
    suggestPatch: 'r40',
    phase: 'Available',
    flavor: 'cce.s1.small',
    description: 'Nightly batch jobs, two versions behind',
    extraAddons: [],
    pools: [
      defaultPool(3, 's6.large.2'),
      { name: 'batch-workers', nodes: 6, flavor: 'c6.2xlarge.2', os: EULER_29, az: 'random', k8sTags: { workload: 'batch' } },
      { name: 'spot-batch', nodes: 3, flavor: 'c6.xlarge.2', os: EULER_29, az: 'cn-north-4c', k8sTags: { workload: 'batch', capacity: 'spot' } },
    ],
  },
  'big-analytics': {
    id: 'c3d9a1f0-6e24-4b8a-b7c5-58e1f2a4d690',
    name: 'big-analytics',
    version: 'v1.29',
    patch: 'r10',
    phase: 'Available',
    flavor: 'cce.s2.xlarge',
    description: 'Analytics fleet, 2,000 nodes',
    extraAddons: ['volcano'],
    pools: analyticsPools,
  },
  'edge-gateway': {
    id: '9a7f3e15-c2d8-4a06-8b91-e4f5a6b7c802',
    name: 'edge-gateway',
    version: 'v1.31',
    patch: 'r0',
    phase: 'Available',
    flavor: 'cce.s2.small',
    description: 'Ingress gateways, already on the newest version',
    extraAddons: [],
    pools: [
      defaultPool(2),
      { name: 'edge-ingress', nodes: 4, flavor: 'c7.xlarge.2', os: HCE_20, az: 'random', k8sTags: { workload: 'ingress' } },
    ],
  },
  'staging-web': {
    id: '4e8b6c27-d1f9-4a3e-a5b0-7c2d9e8f1a46',
    name: 'staging-web',
    version: 'v1.27',
    patch: 'r10',
    phase: 'Unavailable',
    message: 'Master node kube-apiserver is unhealthy; the cluster cannot be upgraded until it recovers',
    flavor: 'cce.s1.small',
    description: 'Web staging',
    extraAddons: [],
    pools: [defaultPool(2), { name: 'web-frontend', nodes: 3, flavor: 'c7.large.2', os: HCE_20, az: 'random', k8sTags: { workload: 'web' } }],
  },
} as const satisfies Record<string, ClusterSeed>;

export type DemoClusterName = keyof typeof demoClusters;
