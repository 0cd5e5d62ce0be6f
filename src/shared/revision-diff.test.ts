import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from './cluster-snapshot';
import type { Plan } from './plan';
import { describeValuesChange } from './revision-diff-addons';
import { describeRevisionChange, type RevisionView } from './revision-diff';
import { snapshotDrift } from './snapshot-drift';
import { selectorArb } from './testing/arbitraries';
import { CLUSTER_ID, nodesIn, POOLS, snapshotArb, snapshotOf } from './testing/snapshots';
import type { NodePriority } from './upgrade-request';

const snapshot = snapshotOf({
  nodes: [
    ...nodesIn(POOLS.general.id, 2, { 'upgrade-wave': 'canary' }),
    ...nodesIn(POOLS.general.id, 4, { 'upgrade-wave': 'main' }, 3),
    { name: 'gpu-1', poolId: POOLS.gpu.id },
    { name: 'gpu-2', poolId: POOLS.gpu.id },
  ],
});
const poolNamesOf = (s: ClusterSnapshot) => Object.fromEntries(s.pools.map((pool) => [pool.id, pool.name]));
const canary: NodePriority = { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 10 };
const plan: Plan = {
  clusterId: CLUSTER_ID,
  targetVersion: 'v1.29',
  userDefinedStep: 20,
  scope: 'Cluster',
  nodePoolOrder: { [POOLS.general.id]: 0 },
  nodeOrder: {},
  addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.0', values: { spec: { replicas: 2 } } }],
  isOnlyUpgrade: false,
};
const view: RevisionView = { plan, poolNames: poolNamesOf(snapshot), snapshot, acceptedRisks: [] };
const revise = (changes: Partial<Plan>, rest: Partial<RevisionView> = {}): RevisionView => ({ ...view, ...rest, plan: { ...plan, ...changes } });

describe('describeRevisionChange', () => {
  it('says nothing when nothing changed', () => {
    expect(describeRevisionChange(view, view)).toEqual([]);
  });

  it('words the target, step, scope and isOnlyUpgrade', () => {
    expect(describeRevisionChange(revise({ targetVersion: 'v1.28' }), revise({ scope: 'NodePool', isOnlyUpgrade: true }))).toEqual([
      'Target version v1.28 → v1.29',
      'Scope Cluster → NodePool',
      'isOnlyUpgrade off → on',
      // With scope NodePool, general-x86 starts again at one node: 1, 2, 3 instead of 4, 2.
      '5 nodes change wave',
      'Wave count 4 → 5',
    ]);
    // Smaller steps split the same nodes over more waves.
    expect(describeRevisionChange(view, revise({ userDefinedStep: 1 }))).toEqual(['Step 20 → 1', '5 nodes change wave', 'Wave count 4 → 8']);
  });

  it('words pool priorities and the order they give', () => {
    expect(describeRevisionChange(view, revise({ nodePoolOrder: { [POOLS.general.id]: 5 } }))).toEqual([
      'Pool general-x86 priority 0 → 5',
      'general-x86 moved ahead of gpu-inference',
      // web-4 stays in wave 3 by chance: third there before, and third now.
      '7 nodes change wave',
    ]);
    expect(describeRevisionChange(view, revise({ nodePoolOrder: { [POOLS.gpu.id]: 1 } }))).toEqual([
      'Pool general-x86 priority 0 → default',
      'Pool gpu-inference priority default → 1',
    ]);
  });

  it('tells a pool that fell behind several others in one line', () => {
    const arm = { id: '33333333-3333-4333-8333-333333333333', name: 'batch-arm' };
    const three = snapshotOf({ pools: [POOLS.general, POOLS.gpu, arm], nodes: [...snapshot.nodes, ...nodesIn(arm.id, 3, {}, 20)] });
    const on = (p: Partial<Plan>): RevisionView => ({ ...revise(p), snapshot: three, poolNames: poolNamesOf(three) });
    const lines = describeRevisionChange(on({ nodePoolOrder: {} }), on({ nodePoolOrder: { [arm.id]: 2, [POOLS.general.id]: 1 } }));
    expect(lines.slice(0, 3)).toEqual(['Pool batch-arm priority default → 2', 'Pool general-x86 priority default → 1', 'gpu-inference moved behind batch-arm, general-x86']);
  });

  it('words batches added, removed, re-prioritised and reordered, by the pool name', () => {
    const main: NodePriority = { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['main'] }, priority: 10 };
    expect(describeRevisionChange(view, revise({ nodeOrder: { [POOLS.general.id]: [canary] } }))).toEqual([
      'Batch `upgrade-wave in canary` added to general-x86 with priority 10',
      // The canary wave stops at the batch's two nodes, so web-3 and web-4 wait for the next one.
      '2 nodes change wave',
    ]);
    const withCanary = revise({ nodeOrder: { [POOLS.general.id]: [canary, main] } });
    expect(describeRevisionChange(withCanary, view)).toEqual(['Batch `upgrade-wave in canary` removed from general-x86', 'Batch `upgrade-wave in main` removed from general-x86', '2 nodes change wave']);
    expect(describeRevisionChange(withCanary, revise({ nodeOrder: { [POOLS.general.id]: [main, { ...canary, priority: 20 }] } }))).toEqual([
      'Batch `upgrade-wave in canary` in general-x86 priority 10 → 20',
      'Batches of general-x86 reordered',
    ]);
  });

  it('words add-on patches: new, dropped, re-versioned, and their values path by path', () => {
    const coredns = plan.addons[0]!;
    expect(
      describeRevisionChange(
        view,
        revise({
          addons: [
            { ...coredns, version: '1.29.1', values: { spec: { replicas: 3, tolerations: [{ key: 'gpu' }] } } },
            { addonTemplateName: 'everest', operation: 'patch', version: '2.4.1' },
          ],
        }),
      ),
    ).toEqual(['Add-on coredns version 1.29.0 → 1.29.1', 'Add-on coredns values: spec.replicas 2 → 3, spec.tolerations[0].key added ("gpu")', 'Add-on everest patched to 2.4.1']);
    expect(describeRevisionChange(view, revise({ addons: [] }))).toEqual(['Add-on coredns no longer patched']);
  });

  it('words accepted risks added, removed and re-argued', () => {
    const risk = { name: 'NodeDiskPressure', nodeUids: ['uid-web-1'], reason: 'disk is cleaned before the upgrade' };
    const other = { name: 'DeprecatedApi', reason: 'no workload uses the removed API' };
    expect(describeRevisionChange(revise({}, { acceptedRisks: [risk, other] }), revise({}, { acceptedRisks: [{ ...risk, reason: 'the disk was grown to 200 GB' }] }))).toEqual([
      'Accepted risk NodeDiskPressure on 1 node: reason changed',
      'Accepted risk DeprecatedApi removed',
    ]);
  });

  it('summarises how the cluster changed between the two revisions', () => {
    const later = snapshotOf({ version: 'v1.28', nodes: [...snapshot.nodes, { name: 'web-7', poolId: POOLS.general.id }] });
    expect(describeRevisionChange(view, revise({}, { snapshot: later }))).toEqual([
      'The cluster changed between the two revisions: Node web-7 was added to pool general-x86; Pool general-x86 node count 6 → 7',
    ]);
    const busy = snapshotOf({ nodes: [...snapshot.nodes, ...nodesIn(POOLS.gpu.id, 6, {}, 10)] });
    expect(describeRevisionChange(view, revise({}, { snapshot: busy }))[0]).toMatch(/: Node web-10 .*; Node web-14 was added to pool gpu-inference; and 2 more changes$/);
  });

  it('falls back to the pool id when a pool has no name', () => {
    expect(describeRevisionChange(view, revise({ nodePoolOrder: { DefaultPool: 3 } }))).toContain('Pool DefaultPool priority default → 3');
  });
});

describe('describeValuesChange', () => {
  it('diffs values flat, by path, with empty objects and arrays as leaves', () => {
    expect(describeValuesChange({ a: { b: 1, c: [] }, d: 'x' }, { a: { b: 1, c: [1] }, e: {} })).toEqual(['a.c removed', 'a.c[0] added (1)', 'd removed', 'e added ({})']);
    expect(describeValuesChange(undefined, { image: 'x'.repeat(100) })).toEqual([`image added ("${'x'.repeat(58)}…)`]);
  });
});

const poolIds = [POOLS.general.id, POOLS.gpu.id, '00000000-0000-4000-8000-000000000000', '10000000-0000-4000-8000-000000000000'];
const planArb: fc.Arbitrary<Plan> = fc.record({
  clusterId: fc.constant(CLUSTER_ID),
  targetVersion: fc.constantFrom('v1.28', 'v1.29', 'v1.30'),
  userDefinedStep: fc.integer({ min: 1, max: 40 }),
  scope: fc.constantFrom('Cluster' as const, 'NodePool' as const),
  nodePoolOrder: fc.dictionary(fc.constantFrom(...poolIds), fc.integer({ min: 0, max: 5 })),
  nodeOrder: fc.dictionary(fc.constantFrom(...poolIds), fc.array(fc.record({ nodeSelector: selectorArb, priority: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 3 })),
  addons: fc.uniqueArray(
    fc.record({
      addonTemplateName: fc.constantFrom('coredns', 'everest'),
      operation: fc.constant('patch' as const),
      version: fc.constantFrom('1.29.0', '1.29.1'),
      values: fc.option(fc.jsonValue().map((value) => ({ spec: value })), { nil: undefined }),
    }),
    { selector: (addon) => addon.addonTemplateName },
  ),
  isOnlyUpgrade: fc.boolean(),
});
const viewArb: fc.Arbitrary<RevisionView> = fc
  .record({ snapshot: fc.oneof(fc.constant(snapshot), snapshotArb), plan: planArb })
  .map(({ snapshot: s, plan: p }) => ({ plan: p, snapshot: s, poolNames: poolNamesOf(s), acceptedRisks: [] }));

describe('describeRevisionChange (properties)', () => {
  it('says nothing of a revision compared with itself, or with a copy of it', () => {
    fc.assert(
      fc.property(viewArb, (x) => {
        expect(describeRevisionChange(x, x)).toEqual([]);
        expect(describeRevisionChange(x, structuredClone(x))).toEqual([]);
      }),
    );
  });

  it('words a step change in one line naming both steps; any other line is what it does to the waves', () => {
    fc.assert(
      fc.property(viewArb, fc.integer({ min: 1, max: 40 }), (x, step) => {
        fc.pre(step !== x.plan.userDefinedStep);
        const lines = describeRevisionChange(x, { ...x, plan: { ...x.plan, userDefinedStep: step } });
        expect(lines[0]).toBe(`Step ${x.plan.userDefinedStep} → ${step}`);
        for (const line of lines.slice(1)) expect(line).toMatch(/^(\d+ nodes? changes? wave|Wave count \d+ → \d+)$/);
        if (x.snapshot.nodes.length === 0) expect(lines).toHaveLength(1);
      }),
    );
  });

  it('mentions the cluster exactly when its snapshot drifted', () => {
    fc.assert(
      fc.property(viewArb, snapshotArb, (x, later) => {
        const lines = describeRevisionChange(x, { ...x, snapshot: later, poolNames: poolNamesOf(later) });
        const drifted = snapshotDrift(x.snapshot, later, null, 0).length > 0;
        expect(lines.filter((line) => line.startsWith('The cluster changed between the two revisions: '))).toHaveLength(drifted ? 1 : 0);
      }),
    );
  });
});
