import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { DEFAULT_POOL } from '../ids';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest, type Plan } from '../plan';
import { planFileSchema, PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile } from '../plan-file';

// Test-only plan files for the demo clusters (names, versions and pools as the simulator seeds them; pool uids are
// fixed here, where the seed draws them at random), parsed with the plan file schema so none is one the BFF could not
// write. The hashes are plain SHA-256 of the text: the exports only print them.

const hex = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));
const poolId = (n: number) => `a1000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export interface PlanFileSpec {
  cluster: { id: string; name: string; version: string };
  pools: ReadonlyArray<{ id: string; name: string; nodeCount: number }>;
  plan: Partial<Plan>;
  acceptedRisks?: PlanFile['acceptedRisks'];
  preCheck?: PlanFile['preCheck'];
  saved?: PlanFile['saved'];
}

export function planFileOf(spec: PlanFileSpec): PlanFile {
  const plan: Plan = { ...emptyPlan(spec.cluster.id), ...spec.plan };
  const request = serializeUpgradeRequest(toUpgradeRequest(plan));
  const snapshot = {
    takenAt: '2026-03-02T09:00:00Z',
    cluster: { id: spec.cluster.id, name: spec.cluster.name, version: spec.cluster.version, patch: '', phase: 'Available' },
    pools: spec.pools.map((pool) => ({ ...pool, flavors: ['c7.xlarge.2'] })),
    nodes: [],
    labelSource: 'kubernetes' as const,
    addons: [{ name: 'coredns', version: '1.28.7' }],
    runningTask: null,
  };
  // Through JSON text, as a file is read: what JSON cannot hold (-0, undefined) never reaches the exports.
  const text = JSON.stringify({
    format: PLAN_FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    exportedAt: '2026-03-02T10:00:00Z',
    cluster: { id: spec.cluster.id, name: spec.cluster.name },
    fromVersion: spec.cluster.version,
    targetVersion: plan.targetVersion,
    request,
    bodySha256: hex(request),
    plan,
    poolNames: Object.fromEntries(spec.pools.map((pool) => [pool.id, pool.name])),
    acceptedRisks: spec.acceptedRisks ?? [],
    preCheck: spec.preCheck ?? null,
    snapshot,
    snapshotSha256: hex(JSON.stringify(snapshot)),
    saved: spec.saved ?? null,
  });
  return planFileSchema.parse(JSON.parse(text));
}

const canary = { key: 'upgrade-wave', operator: 'in' as const, value: ['canary'] };

const paymentsPools = [
  { id: DEFAULT_POOL, name: DEFAULT_POOL, nodeCount: 6 },
  { id: poolId(1), name: 'general-x86', nodeCount: 24 },
  { id: poolId(2), name: 'gpu-inference', nodeCount: 8 },
  { id: poolId(3), name: 'arm-batch', nodeCount: 10 },
  { id: poolId(4), name: 'memory-optimized', nodeCount: 12 },
];

/** A saved, approved revision: canary batches, a pool order, a coredns patch, one accepted Risk, isOnlyUpgrade. */
export const prodPaymentsFile = planFileOf({
  cluster: { id: '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31', name: 'prod-payments', version: 'v1.28' },
  pools: paymentsPools,
  plan: {
    targetVersion: 'v1.29',
    userDefinedStep: 10,
    nodePoolOrder: { [poolId(1)]: 3, [poolId(2)]: 2, [poolId(3)]: 1, [DEFAULT_POOL]: 0 },
    nodeOrder: {
      [poolId(1)]: [
        { nodeSelector: canary, priority: 2 },
        { nodeSelector: { key: 'rack-index', operator: 'lt', value: ['5'] }, priority: 1 },
      ],
      [poolId(2)]: [{ nodeSelector: canary, priority: 1 }],
      [poolId(4)]: [{ nodeSelector: { key: 'upgrade-wave', operator: 'notin', value: ['late'] }, priority: 1 }],
    },
    addons: [
      {
        addonTemplateName: 'coredns',
        operation: 'patch',
        version: '1.29.5',
        values: {
          basic: { cluster_ip: '10.247.3.10' },
          custom: { stub_domains: {}, upstream_nameservers: [], parameterSyncStrategy: 'ensureConsistent' },
          flavor: { name: '2500', replicas: 2, resources: [{ name: 'main', limitsCpu: '500m', requestsCpu: '500m', limitsMem: '512Mi', requestsMem: '512Mi' }] },
        },
      },
    ],
    isOnlyUpgrade: true,
  },
  acceptedRisks: [
    {
      name: 'NodeContainerdDisk',
      nodeUids: ['b3000000-0000-4000-8000-000000000004'],
      reason: 'The image cache on arm-batch-4 is pruned nightly; 91 % leaves room for the new pause and kube-proxy images.',
    },
  ],
  preCheck: { taskId: 'c4000000-0000-4000-8000-000000000001', phase: 'Success', expiresAt: '2026-03-02T11:00:00Z' },
  saved: {
    planId: 'c0ffee00-0000-4000-8000-000000000001',
    revision: 3,
    author: { subject: 'ravi', name: 'Ravi Kumar' },
    approvals: [{ reviewer: { subject: 'mei', name: 'Mei Chen' }, at: '2026-03-02T09:45:00Z' }],
  },
});

/** The plainest plan: two versions behind, default order, no add-ons, never saved. */
export const legacyBatchFile = planFileOf({
  cluster: { id: '0b5e7d42-91ac-4f63-8e2d-7a6c13f09b84', name: 'legacy-batch', version: 'v1.25' },
  pools: [
    { id: DEFAULT_POOL, name: DEFAULT_POOL, nodeCount: 3 },
    { id: poolId(11), name: 'batch-workers', nodeCount: 6 },
    { id: poolId(12), name: 'spot-batch', nodeCount: 3 },
  ],
  plan: { targetVersion: 'v1.27', userDefinedStep: 20 },
});

const analyticsPools = [
  { id: DEFAULT_POOL, name: DEFAULT_POOL, nodeCount: 50 },
  ...Array.from({ length: 39 }, (_, i) => ({ id: poolId(100 + i), name: `analytics-${String(i + 1).padStart(2, '0')}`, nodeCount: 50 })),
];

/** 2,000 nodes: hot pools first in a pool order of several pools, a cluster-wide canary batch, batches per pool. */
export const bigAnalyticsFile = planFileOf({
  cluster: { id: 'c3d9a1f0-6e24-4b8a-b7c5-58e1f2a4d690', name: 'big-analytics', version: 'v1.29' },
  pools: analyticsPools,
  plan: {
    targetVersion: 'v1.30',
    userDefinedStep: 40,
    scope: 'NodePool',
    nodePoolOrder: { [poolId(100)]: 5, [poolId(113)]: 4, [poolId(126)]: 3, [poolId(101)]: 2, [poolId(102)]: 2, [DEFAULT_POOL]: 1 },
    nodeOrder: {
      [poolId(100)]: [{ nodeSelector: canary, priority: 1 }],
      [poolId(113)]: [{ nodeSelector: canary, priority: 1 }],
      [poolId(126)]: [
        { nodeSelector: canary, priority: 2 },
        { nodeSelector: { key: 'analytics.example.com/tier', operator: 'exists' }, priority: 1 },
      ],
    },
    addons: [{ addonTemplateName: 'volcano', operation: 'patch', version: '1.16.8' }],
  },
  saved: { planId: 'c0ffee00-0000-4000-8000-000000000002', revision: 1, author: { subject: 'mei', name: 'Mei Chen' }, approvals: [] },
});
