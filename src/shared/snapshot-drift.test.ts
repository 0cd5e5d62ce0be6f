import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driftItemSchema, driftKindSchema, type ClusterSnapshot, type DriftItem } from './cluster-snapshot';
import type { PreCheckRecord } from './plans-api';
import { driftKindOf, snapshotChangeInEnglish, snapshotDrift } from './snapshot-drift';
import { nodesIn, POOLS, snapshotArb, snapshotOf } from './testing/snapshots';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const messages = (reviewed: ClusterSnapshot, current: ClusterSnapshot) => snapshotDrift(reviewed, current, null, NOW).map((item) => item.message);
// Kind and English only: the change's data is checked against the wire schema by the property below.
const worded = (drift: DriftItem[]) => drift.map(({ kind, message }) => ({ kind, message }));

describe('snapshotDrift', () => {
  const base = snapshotOf({
    nodes: [...nodesIn(POOLS.general.id, 3, { 'upgrade-wave': 'canary' }), { name: 'gpu-1', poolId: POOLS.gpu.id, labels: { gpu: 'true' } }],
  });

  it('names an added node and its pool', () => {
    const current = snapshotOf({ nodes: [...base.nodes, { name: 'web-7', poolId: POOLS.general.id }] });
    expect(worded(snapshotDrift(base, current, null, NOW))).toEqual([
      { kind: 'node-added', message: 'Node web-7 was added to pool general-x86' },
      { kind: 'pool-changed', message: 'Pool general-x86 node count 3 → 4' },
    ]);
  });

  it('names a removed node with the pool it was in', () => {
    const current = snapshotOf({ nodes: base.nodes.filter((node) => node.name !== 'gpu-1') });
    expect(messages(base, current)).toEqual(['Node gpu-1 was removed from pool gpu-inference', 'Pool gpu-inference node count 1 → 0']);
  });

  it('says which labels of a node changed, were added or were removed', () => {
    const current = snapshotOf({
      nodes: base.nodes.map((node) => (node.name === 'web-2' ? { ...node, labels: { 'upgrade-wave': 'main', spot: 'yes' } } : node.name === 'gpu-1' ? { ...node, labels: {} } : node)),
    });
    expect(worded(snapshotDrift(base, current, null, NOW))).toEqual([
      { kind: 'node-relabelled', message: 'Node gpu-1 in pool gpu-inference was relabelled: label gpu removed' },
      { kind: 'node-relabelled', message: 'Node web-2 in pool general-x86 was relabelled: label spot=yes added, label upgrade-wave canary → main' },
    ]);
  });

  it('tells a node moved to another pool, and the pools it left and joined', () => {
    const current = snapshotOf({ nodes: base.nodes.map((node) => (node.name === 'web-3' ? { ...node, poolId: POOLS.gpu.id } : node)) });
    expect(messages(base, current)).toEqual([
      'Node web-3 moved from pool general-x86 to pool gpu-inference',
      'Pool general-x86 node count 3 → 2',
      'Pool gpu-inference node count 1 → 2',
    ]);
  });

  it('tells pools added, removed and renamed', () => {
    const batch = { id: '33333333-3333-4333-8333-333333333333', name: 'batch-arm' };
    const current = snapshotOf({ pools: [{ ...POOLS.general, name: 'general-x86-v2' }, batch], nodes: base.nodes.filter((node) => node.poolId === POOLS.general.id) });
    expect(worded(snapshotDrift(base, current, null, NOW))).toEqual([
      { kind: 'node-removed', message: 'Node gpu-1 was removed from pool gpu-inference' },
      { kind: 'pool-added', message: 'Pool batch-arm was added with 0 nodes' },
      { kind: 'pool-removed', message: 'Pool gpu-inference was removed (it had 1 node)' },
      { kind: 'pool-changed', message: 'Pool general-x86 was renamed general-x86-v2' },
    ]);
  });

  it('tells a node renamed in place and a pool whose flavors changed', () => {
    const current = snapshotOf({
      pools: [{ ...POOLS.general, flavors: ['c7.large.2', 'c7.xlarge.2'] }, POOLS.gpu],
      nodes: base.nodes.map((node) => (node.name === 'web-1' ? { ...node, name: 'web-1b' } : node)),
    });
    expect(messages(base, current)).toEqual([
      'Node web-1b in pool general-x86 was relabelled: renamed from web-1',
      'Pool general-x86 flavors c7.large.2 → c7.large.2, c7.xlarge.2',
    ]);
  });

  it('tells the version, the patch and add-ons moving', () => {
    const reviewed = snapshotOf({ addons: [{ name: 'coredns', version: '1.28.4' }, { name: 'everest', version: '2.4.1' }] });
    const current = snapshotOf({
      version: 'v1.29',
      patch: 'cce.11.0',
      addons: [{ name: 'coredns', version: '1.29.1' }, { name: 'metrics-server', version: '1.3.6' }],
    });
    expect(worded(snapshotDrift(reviewed, current, null, NOW))).toEqual([
      { kind: 'version-moved', message: 'Cluster version moved from v1.28 to v1.29' },
      { kind: 'patch-moved', message: 'Cluster patch moved from cce.10.0 to cce.11.0' },
      { kind: 'addon-changed', message: 'Add-on coredns 1.28.4 → 1.29.1' },
      { kind: 'addon-changed', message: 'Add-on everest 2.4.1 was removed' },
      { kind: 'addon-changed', message: 'Add-on metrics-server 1.3.6 was added' },
    ]);
  });

  it('counts a pre-check as expired from the moment it expires; none, or one without expiry, is not drift', () => {
    const preCheck = (expiresAt: string | null): PreCheckRecord => ({ taskId: 'check-1', phase: 'Success', expiresAt });
    const at = '2025-03-01T12:00:00Z';
    expect(worded(snapshotDrift(base, base, preCheck(at), NOW))).toEqual([{ kind: 'pre-check-expired', message: `The pre-check (task check-1) expired at ${at}: run it again` }]);
    expect(snapshotDrift(base, base, preCheck(at), NOW - 1)).toEqual([]);
    expect(snapshotDrift(base, base, preCheck(null), NOW)).toEqual([]);
    expect(snapshotDrift(base, base, null, NOW)).toEqual([]);
  });

  it('tells another upgrade task started, but not the one that was already running', () => {
    const running = { ...base, runningTask: { id: 'task-9', phase: 'Running' } };
    expect(worded(snapshotDrift(base, running, null, NOW))).toEqual([
      { kind: 'task-started', message: 'Another upgrade task started on the cluster (task task-9, Running): wait for it to finish' },
    ]);
    expect(snapshotDrift(running, running, null, NOW)).toEqual([]);
    expect(snapshotDrift(running, base, null, NOW)).toEqual([]);
  });

  it('lists 20 nodes of a kind by name and counts the rest', () => {
    const current = snapshotOf({ nodes: [...base.nodes, ...nodesIn(POOLS.gpu.id, 25, {}, 10)] });
    const added = snapshotDrift(base, current, null, NOW).filter((item) => item.kind === 'node-added');
    expect(added).toHaveLength(21);
    expect(added[0]?.message).toBe('Node web-10 was added to pool gpu-inference');
    expect(added.at(-1)?.message).toBe('…and 5 more nodes were added');
  });
});

// Everything drift looks at; takenAt, the phase, the label source and a running task that was already running are not.
const relevant = (s: ClusterSnapshot) => ({ version: s.cluster.version, patch: s.cluster.patch, pools: s.pools, nodes: s.nodes, addons: s.addons });
const taskStarted = (reviewed: ClusterSnapshot, current: ClusterSnapshot) => current.runningTask !== null && current.runningTask.id !== reviewed.runningTask?.id;

type Edit = (s: ClusterSnapshot) => void;
const recount = (s: ClusterSnapshot) => s.pools.forEach((pool) => (pool.nodeCount = s.nodes.filter((node) => node.poolId === pool.id).length));
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom('v1.28', 'v1.29').map((version): Edit => (s) => void (s.cluster.version = version)),
  fc.constantFrom('', 'cce.10.0').map((patch): Edit => (s) => void (s.cluster.patch = patch)),
  fc.nat().map((i): Edit => (s) => void s.nodes.splice(i % Math.max(1, s.nodes.length), 1)),
  fc.tuple(fc.nat(), fc.constantFrom('canary', 'main')).map(([i, wave]): Edit => (s) => {
    const node = s.nodes[i % Math.max(1, s.nodes.length)];
    if (node) node.labels = { ...node.labels, 'upgrade-wave': wave };
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Edit => (s) => {
    const node = s.nodes[i % Math.max(1, s.nodes.length)];
    if (node) node.poolId = s.pools[j % s.pools.length]!.id;
  }),
  fc.nat().map((j): Edit => (s) => void s.nodes.push({ uid: 'uid-new', name: 'node-new', poolId: s.pools[j % s.pools.length]!.id, labels: {} })),
  fc.nat().map((j): Edit => (s) => void (s.pools[j % s.pools.length]!.name = 'renamed')),
  fc.constantFrom('1.28.4', '1.29.1').map((version): Edit => (s) => void (s.addons = s.addons.map((addon) => ({ ...addon, version })))),
  fc.constant<Edit>((s) => void (s.takenAt = '2025-03-02T00:00:00Z')),
  fc.constant<Edit>((s) => void (s.cluster.phase = 'Upgrading')),
  fc.constant<Edit>((s) => void (s.labelSource = 'derived')),
  fc.option(fc.record({ id: fc.constantFrom('task-a', 'task-c'), phase: fc.constant('Running') }), { nil: null }).map((task): Edit => (s) => void (s.runningTask = task)),
);
const edited = (s: ClusterSnapshot, edits: Edit[]) => {
  const copy = structuredClone(s);
  edits.forEach((edit) => edit(copy));
  recount(copy);
  return copy;
};

describe('snapshotDrift (properties)', () => {
  it('finds no drift between a snapshot and itself, or a later snapshot of the unchanged cluster', () => {
    fc.assert(
      fc.property(snapshotArb, fc.date({ noInvalidDate: true }), (snapshot, takenAt) => {
        expect(snapshotDrift(snapshot, snapshot, null, NOW)).toEqual([]);
        expect(snapshotDrift(snapshot, { ...structuredClone(snapshot), takenAt: takenAt.toISOString() }, null, NOW)).toEqual([]);
      }),
    );
  });

  it('is empty exactly when the parts drift looks at are equal and no other task started', () => {
    fc.assert(
      fc.property(snapshotArb, fc.array(editArb, { maxLength: 3 }), (reviewed, edits) => {
        const current = edited(reviewed, edits);
        const same = JSON.stringify(relevant(reviewed)) === JSON.stringify(relevant(current)) && !taskStarted(reviewed, current);
        expect(snapshotDrift(reviewed, current, null, NOW).length === 0).toBe(same);
      }),
    );
  });

  it('gives one node-added item per added node, naming it and its pool, up to 20', () => {
    fc.assert(
      fc.property(snapshotArb, fc.integer({ min: 0, max: 20 }), fc.nat(), (reviewed, k, j) => {
        const pool = reviewed.pools[j % reviewed.pools.length]!;
        const current = snapshotOf({ ...reviewed, pools: reviewed.pools, nodes: [...reviewed.nodes, ...nodesIn(pool.id, k)] });
        const added = snapshotDrift(reviewed, current, null, NOW).filter((item) => item.kind === 'node-added');
        expect(added).toHaveLength(k);
        for (const item of added) expect(item.message).toMatch(new RegExp(`^Node web-\\d+ was added to pool ${pool.name}$`));
      }),
    );
  });

  it('orders items by kind, lists at most 21 of a node kind, and ignores the order of the input lists', () => {
    const kinds = driftKindSchema.options;
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (reviewed, current) => {
        const drift = snapshotDrift(reviewed, current, null, NOW);
        drift.slice(1).forEach((item, i) => expect(kinds.indexOf(item.kind)).toBeGreaterThanOrEqual(kinds.indexOf(drift[i]!.kind)));
        for (const kind of kinds) expect(drift.filter((item) => item.kind === kind).length).toBeLessThanOrEqual(21);
        const shuffled = { ...current, nodes: [...current.nodes].reverse(), pools: [...current.pools].reverse(), addons: [...current.addons].reverse() };
        expect(snapshotDrift(reviewed, shuffled, null, NOW)).toEqual(drift);
      }),
    );
  });

  it('sends each change as data the wire schema takes back unchanged, under the kind it is listed by', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, fc.boolean(), (reviewed, current, expired) => {
        const preCheck: PreCheckRecord | null = expired ? { taskId: 'check-1', phase: 'Success', expiresAt: '2025-03-01T11:00:00.000Z' } : null;
        for (const item of snapshotDrift(reviewed, current, preCheck, NOW)) {
          expect(driftItemSchema.parse(item)).toEqual(item);
          expect(driftKindOf(item.change)).toBe(item.kind);
          expect(snapshotChangeInEnglish(item.change)).toBe(item.message);
        }
      }),
    );
  });
});
