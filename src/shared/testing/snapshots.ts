import fc from 'fast-check';
import type { ClusterSnapshot } from '../cluster-snapshot';

// Test-only snapshots: a readable builder for examples and a generator for properties, shared by the drift and
// revision-diff tests so both speak of the same cluster.

export const CLUSTER_ID = '0c1e3b52-6f0a-4c55-9c1a-2f0d8e7b6a10';
export const POOLS = {
  general: { id: '11111111-1111-4111-8111-111111111111', name: 'general-x86' },
  gpu: { id: '22222222-2222-4222-8222-222222222222', name: 'gpu-inference' },
} as const;

type SnapshotNode = ClusterSnapshot['nodes'][number];
type SnapshotPool = ClusterSnapshot['pools'][number];

export interface SnapshotSpec {
  version?: string;
  patch?: string;
  pools?: Array<Pick<SnapshotPool, 'id' | 'name'> & Partial<SnapshotPool>>;
  nodes?: Array<Pick<SnapshotNode, 'name' | 'poolId'> & Partial<SnapshotNode>>;
  addons?: ClusterSnapshot['addons'];
  runningTask?: ClusterSnapshot['runningTask'];
  takenAt?: string;
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** A snapshot as the BFF stores it: lists sorted, each pool's node count from its nodes unless given. */
export function snapshotOf(spec: SnapshotSpec = {}): ClusterSnapshot {
  const nodes = (spec.nodes ?? []).map((node) => ({ uid: `uid-${node.name}`, labels: {}, ...node }));
  const pools = (spec.pools ?? [POOLS.general, POOLS.gpu]).map((pool) => ({
    flavors: ['c7.large.2'],
    nodeCount: nodes.filter((node) => node.poolId === pool.id).length,
    ...pool,
  }));
  return {
    takenAt: spec.takenAt ?? '2025-03-01T09:00:00Z',
    cluster: { id: CLUSTER_ID, name: 'prod-east', version: spec.version ?? 'v1.28', patch: spec.patch ?? 'cce.10.0', phase: 'Available' },
    pools: pools.sort(byKey((pool) => pool.id)),
    nodes: nodes.sort(byKey((node) => node.uid)),
    labelSource: 'kubernetes',
    addons: [...(spec.addons ?? [{ name: 'coredns', version: '1.28.4' }])].sort(byKey((addon) => addon.name)),
    runningTask: spec.runningTask ?? null,
  };
}

/** Nodes web-<from> … web-<from+count-1> in one pool, all with the same labels. */
export const nodesIn = (poolId: string, count: number, labels: Record<string, string> = {}, from = 1) =>
  Array.from({ length: count }, (_, i) => ({ name: `web-${from + i}`, poolId, labels }));

const labelsArb = fc.record({ 'upgrade-wave': fc.constantFrom('canary', 'main', 'late'), gpu: fc.constant('true') }, { requiredKeys: [] });

/** Small clusters: up to three pools, up to 30 nodes labelled from a tiny vocabulary, a few add-ons. */
export const snapshotArb: fc.Arbitrary<ClusterSnapshot> = fc
  .record({
    poolCount: fc.integer({ min: 1, max: 3 }),
    nodes: fc.array(fc.record({ pool: fc.nat(), labels: labelsArb }), { maxLength: 30 }),
    version: fc.constantFrom('v1.27', 'v1.28', 'v1.29'),
    patch: fc.constantFrom('', 'cce.10.0', 'cce.11.0'),
    addons: fc.subarray([
      { name: 'coredns', version: '1.28.4' },
      { name: 'everest', version: '2.4.1' },
      { name: 'metrics-server', version: '1.3.6' },
    ]),
    runningTask: fc.option(fc.record({ id: fc.constantFrom('task-a', 'task-b'), phase: fc.constant('Running') }), { nil: null }),
  })
  .map(({ poolCount, nodes, version, patch, addons, runningTask }) => {
    const pools = Array.from({ length: poolCount }, (_, i) => ({ id: `${i}0000000-0000-4000-8000-000000000000`, name: `pool-${i}` }));
    return snapshotOf({
      version,
      patch,
      pools,
      nodes: nodes.map((node, i) => ({ name: `node-${String(i).padStart(2, '0')}`, poolId: pools[node.pool % poolCount]!.id, labels: node.labels })),
      addons,
      runningTask,
    });
  });
