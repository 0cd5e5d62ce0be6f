import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UpgradeTask } from '../../../shared/cce-responses';
import type { PlanningNode } from '../../../shared/inventory';
import type { Wave } from '../../../shared/waves';
import { deriveTaskSnapshot, fractionDone, type TaskSnapshot } from './task-snapshot';

const node = (uid: string, poolId: string, phase = 'Active'): PlanningNode => ({
  uid,
  name: uid,
  poolId,
  privateIp: '',
  zone: '',
  flavor: '',
  phase,
  labels: {},
});

const task = (phase: string, items: Record<string, unknown> = {}): UpgradeTask => ({
  apiVersion: 'v3',
  kind: 'UpgradeTask',
  metadata: { uid: 't', creationTimestamp: '2026-11-30 05:51:49.751000 +0000 UTC' },
  spec: { version: 'v1.28', targetVersion: 'v1.29', items },
  status: { phase },
});

/** Waves of `sizes` nodes, each in the pool named beside it; node uids are "n<wave>-<index>". */
function plannedWaves(sizes: readonly (readonly [string, number])[]): Wave[] {
  return sizes.map(([poolId, size], index) => ({
    number: index + 1,
    poolId,
    nodes: Array.from({ length: size }, (_, n) => ({ uid: `n${index + 1}-${n}`, name: `n${index + 1}-${n}`, batch: undefined })),
  }));
}

const nodesOf = (waves: readonly Wave[], phaseOf: (uid: string) => string = () => 'Active') =>
  waves.flatMap((wave) => wave.nodes.map((n) => node(n.uid, wave.poolId, phaseOf(n.uid))));

const waveStates = (snapshot: TaskSnapshot) => snapshot.waves?.map((w) => w.state);

describe('deriveTaskSnapshot: the failure the issue describes', () => {
  // 12 nodes in 8 waves; the DefaultPool's 3 nodes are waves 1 and 2; CCE stopped in wave 2 and shows its nodes Abnormal.
  const waves = plannedWaves([
    ['DefaultPool', 1],
    ['DefaultPool', 2],
    ['general', 2],
    ['general', 2],
    ['general', 1],
    ['gpu', 2],
    ['gpu', 1],
    ['arm', 1],
  ]);
  const failedTask = task('Failed', { stage: 'Nodes', totalWaves: 8, currentWave: 2, failedWave: 2, totalNodes: 12, upgradedNodes: 1 });
  const nodes = nodesOf(waves, (uid) => (uid.startsWith('n2-') ? 'Abnormal' : 'Active'));

  it('shows wave 1 done, wave 2 failed with its Abnormal nodes, the rest waiting, and pools that agree', () => {
    // `reached` from an earlier poll that saw wave 2 upgrading must not turn wave 2 done.
    const snapshot = deriveTaskSnapshot({ task: failedTask, nodes, waves, reached: 2 });
    expect(waveStates(snapshot)).toEqual(['done', 'failed', 'waiting', 'waiting', 'waiting', 'waiting', 'waiting', 'waiting']);
    expect(snapshot.waves?.[1]?.abnormal.map((n) => n.name)).toEqual(['n2-0', 'n2-1']);
    expect(snapshot.counts).toEqual({ total: 12, upgraded: 1, upgrading: 0, abnormal: 2, pending: 9 });
    expect(snapshot.currentWave).toBe(2);
    expect(snapshot.failedWave).toBe(2);
    expect(snapshot.pools.find((p) => p.poolId === 'DefaultPool')).toEqual({ poolId: 'DefaultPool', total: 3, upgraded: 1, upgrading: 0, abnormal: 2, pending: 0 });
  });

  it('without the task’s own counters still finds the failed wave from the Abnormal nodes', () => {
    const snapshot = deriveTaskSnapshot({ task: task('Failed'), nodes, waves, reached: 2 });
    expect(waveStates(snapshot)?.slice(0, 3)).toEqual(['done', 'failed', 'waiting']);
    expect(snapshot.failedWave).toBe(2);
  });

  it('without the plan, counts from the node list and caps CCE’s upgraded counter so the parts make the whole', () => {
    const snapshot = deriveTaskSnapshot({ task: task('Failed', { failedWave: 2, totalWaves: 8, upgradedNodes: 11 }), nodes });
    expect(snapshot.counts).toEqual({ total: 12, upgraded: 10, upgrading: 0, abnormal: 2, pending: 0 });
    expect(snapshot.pools.find((p) => p.poolId === 'DefaultPool')).toMatchObject({ total: 3, abnormal: 2, upgraded: undefined });
    expect(snapshot.currentWave).toBe(2);
  });
});

describe('deriveTaskSnapshot: a running upgrade', () => {
  const waves = plannedWaves([
    ['a', 1],
    ['a', 2],
    ['b', 2],
  ]);

  it('takes the wave with Upgrading nodes as current, the waves before it as done', () => {
    const snapshot = deriveTaskSnapshot({ task: task('Running', { currentWave: 1 }), nodes: nodesOf(waves, (uid) => (uid.startsWith('n2-') ? 'Upgrading' : 'Active')), waves });
    expect(waveStates(snapshot)).toEqual(['done', 'upgrading', 'waiting']);
    expect(snapshot.currentWave).toBe(2);
    expect(snapshot.counts).toEqual({ total: 5, upgraded: 1, upgrading: 2, abnormal: 0, pending: 2 });
  });

  it('between waves keeps what earlier polls reached, and reads the stages before and after the nodes', () => {
    expect(waveStates(deriveTaskSnapshot({ task: task('Running'), nodes: nodesOf(waves), waves, reached: 2 }))).toEqual(['done', 'done', 'waiting']);
    expect(waveStates(deriveTaskSnapshot({ task: task('Running', { stage: 'Master' }), nodes: nodesOf(waves), waves, reached: 0 }))).toEqual(['waiting', 'waiting', 'waiting']);
    expect(waveStates(deriveTaskSnapshot({ task: task('Running', { stage: 'Addons' }), nodes: nodesOf(waves), waves }))).toEqual(['done', 'done', 'done']);
  });

  it('a succeeded task has every wave done, unless CCE still reports a node Abnormal', () => {
    expect(waveStates(deriveTaskSnapshot({ task: task('Success'), nodes: nodesOf(waves), waves }))).toEqual(['done', 'done', 'done']);
    const abnormal = deriveTaskSnapshot({ task: task('Success'), nodes: nodesOf(waves, (uid) => (uid === 'n3-1' ? 'Abnormal' : 'Active')), waves });
    expect(waveStates(abnormal)).toEqual(['done', 'done', 'failed']);
    expect(abnormal.pools.find((p) => p.poolId === 'b')).toMatchObject({ upgraded: 1, abnormal: 1, total: 2 });
  });

  it('says how far the upgrade is: CCE’s percentage first, else the share of nodes upgraded', () => {
    const snapshot = deriveTaskSnapshot({ task: task('Running'), nodes: nodesOf(waves, (uid) => (uid.startsWith('n2-') ? 'Upgrading' : 'Active')), waves });
    expect(fractionDone(snapshot, 40)).toBe(0.4);
    expect(fractionDone(snapshot, null)).toBe(1 / 5);
    expect(fractionDone(deriveTaskSnapshot({ task: task('Init'), nodes: nodesOf(waves), waves }), 0)).toBeUndefined();
  });
});

// Random plans, node phases, task phases and task counters: whatever CCE says, the page never contradicts itself.
const PHASES = ['Active', 'Upgrading', 'Abnormal', 'Installing', ''] as const;
const scenarioArb = fc
  .array(fc.tuple(fc.constantFrom('DefaultPool', 'a', 'b'), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 8 })
  .chain((sizes) => {
    const waves = plannedWaves(sizes);
    const uids = waves.flatMap((wave) => wave.nodes.map((n) => n.uid));
    return fc.record({
      waves: fc.constant(waves),
      phases: fc.array(fc.constantFrom(...PHASES), { minLength: uids.length, maxLength: uids.length }),
      taskPhase: fc.constantFrom('Init', 'Queuing', 'Running', 'Pause', 'Success', 'Failed'),
      items: fc.record(
        {
          stage: fc.constantFrom('Init', 'Master', 'Nodes', 'Addons', 'Done'),
          currentWave: fc.integer({ min: 0, max: 10 }),
          failedWave: fc.integer({ min: 0, max: 10 }),
          upgradedNodes: fc.integer({ min: 0, max: 40 }),
        },
        { requiredKeys: [] },
      ),
      reached: fc.integer({ min: 0, max: 10 }),
      planned: fc.boolean(),
    });
  });

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

const build = ({ waves, phases, taskPhase, items, reached, planned }: Scenario) => {
  let i = 0;
  const nodes = nodesOf(waves, () => phases[i++] ?? 'Active');
  return { nodes, snapshot: deriveTaskSnapshot({ task: task(taskPhase, items), nodes, waves: planned ? waves : undefined, reached }) };
};

describe('deriveTaskSnapshot properties', () => {
  it('upgraded + upgrading + abnormal + pending = total, and the total is every node', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { nodes, snapshot } = build(scenario);
        const { total, upgraded, upgrading, abnormal, pending } = snapshot.counts;
        expect(upgraded + upgrading + abnormal + pending).toBe(total);
        expect(total).toBe(nodes.length);
        expect(Math.min(upgraded, upgrading, abnormal, pending)).toBeGreaterThanOrEqual(0);
        expect(upgrading).toBe(nodes.filter((n) => n.phase === 'Upgrading').length);
        expect(abnormal).toBe(nodes.filter((n) => n.phase === 'Abnormal').length);
      }),
    );
  });

  it('a wave is Done only when none of its nodes is Abnormal or Upgrading and all are upgraded', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { nodes, snapshot } = build({ ...scenario, planned: true });
        const phaseOf = new Map(nodes.map((n) => [n.uid, n.phase]));
        snapshot.waves?.forEach(({ wave, state, abnormal }) => {
          const phases = wave.nodes.map((n) => phaseOf.get(n.uid));
          if (state === 'done') {
            expect(phases).not.toContain('Abnormal');
            expect(phases).not.toContain('Upgrading');
          }
          if (phases.includes('Abnormal')) {
            expect(state).toBe('failed');
            expect(abnormal).toHaveLength(phases.filter((p) => p === 'Abnormal').length);
          }
          if (phases.includes('Upgrading')) expect(['upgrading', 'failed']).toContain(state);
        });
        // The upgraded count is exactly the nodes of done waves.
        const doneNodes = (snapshot.waves ?? []).filter((w) => w.state === 'done').reduce((sum, w) => sum + w.wave.nodes.length, 0);
        expect(snapshot.counts.upgraded).toBeGreaterThanOrEqual(doneNodes);
      }),
    );
  });

  it('the wave a failed task names is Failed, never Done', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const failedWave = (scenario.items.failedWave ?? 0) || 1;
        const { snapshot } = build({ ...scenario, planned: true, taskPhase: 'Failed', items: { ...scenario.items, failedWave } });
        const named = snapshot.waves?.find((w) => w.wave.number === failedWave);
        if (named) expect(named.state).toBe('failed');
        if (named) expect(snapshot.currentWave).toBe(failedWave);
      }),
    );
  });

  it('pool counts sum to the totals, and each pool’s parts make its whole', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { snapshot } = build(scenario);
        const sum = (key: 'total' | 'upgrading' | 'abnormal') => snapshot.pools.reduce((s, p) => s + p[key], 0);
        expect(sum('total')).toBe(snapshot.counts.total);
        expect(sum('upgrading')).toBe(snapshot.counts.upgrading);
        expect(sum('abnormal')).toBe(snapshot.counts.abnormal);
        if (scenario.planned) {
          expect(snapshot.pools.reduce((s, p) => s + (p.upgraded ?? 0), 0)).toBe(snapshot.counts.upgraded);
          for (const pool of snapshot.pools) expect((pool.upgraded ?? 0) + pool.upgrading + pool.abnormal + (pool.pending ?? 0)).toBe(pool.total);
        }
      }),
    );
  });

  it('is stable: deriving again with what it reached changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const first = build(scenario).snapshot;
        const again = build({ ...scenario, reached: first.reached }).snapshot;
        expect(again.counts).toEqual(first.counts);
        expect(waveStates(again)).toEqual(waveStates(first));
      }),
    );
  });
});
