import type { PlannerSession } from '../../shared/bff-api';
import {
  addonInstanceListSchema,
  clusterListSchema,
  preCheckTaskSchema,
  upgradePathsSchema,
  nodeListSchema,
  nodePoolListSchema,
  upgradeInfoSchema,
  upgradeResponseSchema,
  postCheckSchema,
  upgradeTaskListSchema,
  upgradeTaskSchema,
} from '../../shared/cce-responses';
import { plannerSessionSchema } from '../../shared/bff-api';
import { derivedLabels } from '../../shared/inventory';
import { nodeLabelsSchema } from '../../shared/node-labels';

// Fixtures are parsed with the shared schemas, so a mock can never answer what CCE could not.

export const session: PlannerSession = plannerSessionSchema.parse({ mode: 'demo', region: 'ap-southeast-1', projectId: '0123456789abcdef0123456789abcdef' });
export const projectId = session.projectId;

export const ids = {
  prod: '11111111-1111-4111-8111-111111111111',
  edge: '22222222-2222-4222-8222-222222222222',
  legacy: '33333333-3333-4333-8333-333333333333',
  pool: '44444444-4444-4444-8444-444444444444',
  task: '55555555-5555-4555-8555-555555555555',
  gpuPool: '66666666-6666-4666-8666-666666666666',
  armPool: '77777777-7777-4777-8777-777777777777',
};

const cluster = (uid: string, name: string, version: string, phase: string, message?: string) => ({
  kind: 'Cluster',
  apiVersion: 'v3',
  metadata: { uid, name, creationTimestamp: '2025-11-02 08:15:00.000 +0000 UTC' },
  spec: { category: 'CCE', type: 'VirtualMachine', flavor: 'cce.s2.small', version, platformVersion: 'cce.10.0' },
  status: { phase, ...(message ? { reason: 'MasterUnhealthy', message } : {}) },
});

export const clusterList = clusterListSchema.parse({
  kind: 'Cluster',
  apiVersion: 'v3',
  items: [
    cluster(ids.prod, 'prod-a', 'v1.28', 'Available'),
    cluster(ids.edge, 'edge-b', 'v1.31', 'Available'),
    cluster(ids.legacy, 'legacy-c', 'v1.27', 'Unavailable', 'Master node etcd-2 is not responding'),
  ],
});

const info = (release: string, patch: string, targetVersions: string[]) =>
  upgradeInfoSchema.parse({
    kind: 'UpgradeInfo',
    apiVersion: 'v3',
    metadata: {},
    spec: { versionInfo: { release, patch, suggestPatch: patch, targetVersions }, lastUpgradeInfo: { phase: 'Success', progress: '100%' } },
    status: { phase: 'Success' },
  });

export const upgradeInfo: Record<string, ReturnType<typeof info>> = {
  [ids.prod]: info('v1.28.15', 'r30', ['v1.29', 'v1.30']),
  [ids.edge]: info('v1.31.4', 'r10', []),
  [ids.legacy]: info('v1.27.16', 'r10', ['v1.28']),
};

const pool = (uid: string, name: string, flavor: string, az: string, count: number, k8sTags: Record<string, string> = {}) => ({
  metadata: { uid, name },
  spec: { initialNodeCount: count, type: 'vm', nodeTemplate: { flavor, az, os: 'EulerOS 2.9', k8sTags } },
  status: { currentNode: count, phase: '' },
});

export const nodePools = nodePoolListSchema.parse({
  kind: 'List',
  apiVersion: 'v3',
  items: [
    { metadata: { uid: 'DefaultPool', name: 'DefaultPool' }, spec: { initialNodeCount: 1 }, status: { currentNode: 1 } },
    pool(ids.pool, 'general-x86', 'c7.xlarge.2', 'ap-southeast-1a', 4, { team: 'platform' }),
    pool(ids.gpuPool, 'gpu-inference', 'p2s.2xlarge.8', 'ap-southeast-1b', 2, { accelerator: 'nvidia-v100' }),
    pool(ids.armPool, 'arm-batch', 'kc1.large.2', 'ap-southeast-1a', 3),
  ],
});

// [n, pool id, flavor, zone]: node n is called "<pool name>-<index in pool>" and has private IP 192.168.0.(10 + n).
const fleet: [number, string, string, string][] = [
  [1, 'DefaultPool', 'c7.large.2', 'ap-southeast-1a'],
  [2, ids.pool, 'c7.xlarge.2', 'ap-southeast-1a'],
  [3, ids.pool, 'c7.xlarge.2', 'ap-southeast-1b'],
  [4, ids.pool, 'c7.xlarge.2', 'ap-southeast-1a'],
  [5, ids.pool, 'c7.xlarge.2', 'ap-southeast-1b'],
  [6, ids.gpuPool, 'p2s.2xlarge.8', 'ap-southeast-1b'],
  [7, ids.gpuPool, 'p2s.2xlarge.8', 'ap-southeast-1b'],
  [8, ids.armPool, 'kc1.large.2', 'ap-southeast-1a'],
  [9, ids.armPool, 'kc1.large.2', 'ap-southeast-1a'],
  [10, ids.armPool, 'kc1.large.2', 'ap-southeast-1c'],
];
const poolById = (poolId: string) => nodePools.items.find((candidate) => candidate.metadata.uid === poolId)!;
const nodeName = (n: number, poolId: string) => `${poolById(poolId).metadata.name}-${fleet.filter(([m, p]) => p === poolId && m <= n).length}`;

const node = ([n, poolId, flavor, az]: (typeof fleet)[number]) => ({
  metadata: {
    uid: `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: nodeName(n, poolId),
    annotations: { 'kubernetes.io/node-pool.id': poolId },
  },
  spec: { flavor, az, os: 'EulerOS 2.9' },
  status: { phase: 'Active', privateIP: `192.168.0.${10 + n}` },
});
export const nodes = nodeListSchema.parse({ kind: 'List', apiVersion: 'v3', items: fleet.map(node) });

// Labels set by hand, which only the cluster's Kubernetes API knows: two canary nodes and a rack number.
const customLabels: Record<string, Record<string, string>> = {
  'general-x86-1': { 'upgrade-wave': 'canary', rack: '1' },
  'general-x86-2': { 'upgrade-wave': 'canary', rack: '2' },
  'general-x86-3': { 'upgrade-wave': 'main', rack: '3' },
  'general-x86-4': { rack: '4' },
};

/** GET /api/clusters/{id}/node-labels when the BFF can read the cluster's Kubernetes API (names are private IPs). */
export const nodeLabels = nodeLabelsSchema.parse({
  source: 'kubernetes',
  nodes: nodes.items.map((item, index) => ({
    name: item.status.privateIP,
    labels: { ...derivedLabels(item, poolById(fleet[index]![1])), ...customLabels[item.metadata.name] },
  })),
});

export const derivedNodeLabels = nodeLabelsSchema.parse({
  source: 'derived',
  failure: { code: 'no-kubeconfig', where: 'unset' },
  // The BFF's English for API clients: the SPA words `failure` itself.
  reason: 'BFF English: no kubeconfig',
});

export const upgradeResponse = upgradeResponseSchema.parse({
  metadata: { uid: ids.task },
  spec: { clusterUpgradeAction: { version: 'v1.28', targetVersion: 'v1.29', targetPlatformVersion: 'cce.11.0', config: {} } },
});

export const upgradeTask = (phase: string, progress?: string, extra: Record<string, string> = {}, items: Record<string, unknown> = {}) =>
  upgradeTaskSchema.parse({
    apiVersion: 'v3',
    kind: 'UpgradeTask',
    metadata: { uid: ids.task, creationTimestamp: '2026-03-01T10:15:02Z', updateTimestamp: '2026-03-01T10:16:02Z' },
    spec: { version: 'v1.28', targetVersion: 'v1.29', items },
    status: { phase, ...(progress === undefined ? {} : { progress }), ...extra },
  });

export const addonInstance = (uid: string, name: string, version: string, status: Record<string, string>) => ({
  metadata: { uid, name, alias: name },
  spec: { addonTemplateName: name, version, addonTemplateType: 'helm', clusterID: ids.prod, values: {} },
  status,
});

/** ListAddonInstances on prod-a: coredns and everest running on their pre-upgrade versions. */
export const addonInstances = (...overrides: ReturnType<typeof addonInstance>[]) => {
  const installed = [
    addonInstance('a1a1a1a1-0000-4000-8000-000000000001', 'coredns', '1.28.4', { status: 'running' }),
    addonInstance('a1a1a1a1-0000-4000-8000-000000000002', 'everest', '2.4.1', { status: 'running' }),
  ];
  const items = installed.map((item) => overrides.find((o) => o.spec.addonTemplateName === item.spec.addonTemplateName) ?? item);
  return addonInstanceListSchema.parse({ kind: 'Addon', apiVersion: 'v3', items });
};

export const postCheck = (phase: string, message?: string) =>
  postCheckSchema.parse({
    apiVersion: 'v3',
    kind: 'PostCheckTask',
    metadata: { uid: '88888888-8888-4888-8888-888888888888' },
    spec: { clusterID: ids.prod, clusterVersion: 'v1.28', targetVersion: 'v1.29' },
    status: { phase, ...(message === undefined ? {} : { message }) },
  });

/** CCE's general upgrade paths: from v1.28, v1.31 is two hops away (via v1.29). */
export const upgradePaths = upgradePathsSchema.parse({
  kind: 'UpgradePath',
  apiVersion: 'v3',
  metadata: {},
  upgradePaths: [
    { version: 'v1.27', platformVersion: 'cce.8.0', targetVersions: ['v1.28', 'v1.29'] },
    { version: 'v1.28', platformVersion: 'cce.10.0', targetVersions: ['v1.29', 'v1.30'] },
    { version: 'v1.29', platformVersion: 'cce.11.0', targetVersions: ['v1.30', 'v1.31'] },
  ],
});

export const preCheckId = 'b0000000-0000-4000-8000-000000000001';

type CheckItem = Record<string, unknown>;
export interface PreCheckFindings {
  cluster?: CheckItem[];
  addons?: CheckItem[];
  nodes?: { uid: string; name: string; items: CheckItem[] }[];
}

/** A pre-check task as ShowPreCheck answers it; findings are Failed items, expiring far in the future unless told. */
export const preCheckTask = (phase: string, findings: PreCheckFindings = {}, extra: Record<string, unknown> = {}, uid = preCheckId) =>
  preCheckTaskSchema.parse({
    apiVersion: 'v3',
    kind: 'PreCheckTask',
    metadata: { uid, creationTimestamp: '2026-03-01 10:00:00.000000 +0000 UTC' },
    spec: { clusterID: ids.prod, clusterVersion: 'v1.28.15-r30', targetVersion: 'v1.29' },
    status: {
      phase,
      expireTimeStamp: '2099-01-01 00:00:00.000000 +0000 UTC',
      clusterCheckStatus: { phase, itemsStatus: findings.cluster ?? [] },
      addonCheckStatus: { phase, itemsStatus: findings.addons ?? [] },
      nodeCheckStatus: {
        phase,
        nodeStageStatus: (findings.nodes ?? []).map((node) => ({ nodeInfo: { uid: node.uid, name: node.name, nodeType: 'node' }, itemsStatus: node.items })),
      },
      ...extra,
    },
  });

export const upgradeTaskList = (items: ReturnType<typeof upgradeTask>[] = []) => upgradeTaskListSchema.parse({ apiVersion: 'v3', kind: 'List', items });
