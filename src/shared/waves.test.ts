import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSelector } from './selectors';
import { fleetArb, type Fleet } from './testing/arbitraries';
import { computeWaves, orderBatches, orderPools } from './waves';

const batchPriority = (fleet: Fleet, poolId: string, batch: number | undefined) =>
  batch === undefined ? -1 : (fleet.action.nodeOrder?.[poolId]?.[batch]?.priority ?? -1);

describe('computeWaves (properties)', () => {
  it('puts every node in exactly one wave', () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        const uids = computeWaves(fleet.pools, fleet.nodes, fleet.action).flatMap((wave) => wave.nodes.map((node) => node.uid));
        expect(uids.sort()).toEqual(fleet.nodes.map((node) => node.uid).sort());
      }),
    );
  });

  it('grows wave sizes 1, 2, 4, … up to the step, carried across pools or restarted per pool by scope', () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        const { userDefinedStep: step, scope } = fleet.action.strategy.inPlaceRollingUpdate;
        const waves = computeWaves(fleet.pools, fleet.nodes, fleet.action);
        let expected = 1;
        waves.forEach((wave, i) => {
          if (scope === 'NodePool' && waves[i - 1]?.poolId !== wave.poolId) expected = 1;
          expect(wave.nodes.length).toBeGreaterThan(0);
          expect(wave.nodes.length).toBeLessThanOrEqual(expected);
          const next = waves[i + 1];
          // A wave is only ever short where its pool or its batch ends.
          const cut = !next || next.poolId !== wave.poolId || next.nodes[0]?.batch !== wave.nodes.at(-1)?.batch;
          if (!cut) expect(wave.nodes.length).toBe(expected);
          expected = Math.min(step, expected * 2);
        });
      }),
    );
  });

  it('never mixes two batches in one wave', () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        for (const wave of computeWaves(fleet.pools, fleet.nodes, fleet.action)) {
          expect(new Set(wave.nodes.map((node) => node.batch)).size).toBe(1);
        }
      }),
    );
  });

  it('upgrades pools one after another in priority order, default-order pools smaller first', () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        const waves = computeWaves(fleet.pools, fleet.nodes, fleet.action);
        const sequence = waves.map((wave) => wave.poolId).filter((id, i, all) => all[i - 1] !== id);
        expect(new Set(sequence).size).toBe(sequence.length);
        const expected = orderPools(fleet.pools, fleet.action.nodePoolOrder).map((pool) => pool.id);
        expect(sequence).toEqual(expected.filter((id) => sequence.includes(id)));
        const priority = (id: string) => fleet.action.nodePoolOrder?.[id] ?? 0;
        const size = (id: string) => fleet.pools.find((pool) => pool.id === id)!.nodeCount;
        sequence.slice(1).forEach((id, i) => {
          const before = sequence[i]!;
          expect(priority(before)).toBeGreaterThanOrEqual(priority(id));
          if (priority(before) === priority(id)) expect(size(before)).toBeLessThanOrEqual(size(id));
        });
      }),
    );
  });

  it('inside a pool, nodes go with their highest-priority matching batch, in batch priority order, unmatched last', () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        const waves = computeWaves(fleet.pools, fleet.nodes, fleet.action);
        const labelsOf = new Map(fleet.nodes.map((node) => [node.uid, node.labels]));
        let previous: { poolId: string; priority: number } | undefined;
        for (const wave of waves) {
          const batches = orderBatches(fleet.action.nodeOrder?.[wave.poolId]);
          for (const node of wave.nodes) {
            const first = batches.find(({ batch }) => matchesSelector(labelsOf.get(node.uid)!, batch.nodeSelector));
            expect(node.batch).toBe(first?.index);
            const priority = batchPriority(fleet, wave.poolId, node.batch);
            if (previous?.poolId === wave.poolId) expect(previous.priority).toBeGreaterThanOrEqual(priority);
            previous = { poolId: wave.poolId, priority };
          }
        }
      }),
    );
  });
});

describe('computeWaves (examples)', () => {
  const pools = [
    { id: 'DefaultPool', name: 'DefaultPool', flavors: [], zones: [], architecture: 'amd64', nodeCount: 3 },
    { id: 'p-gpu', name: 'gpu', flavors: [], zones: [], architecture: 'amd64', nodeCount: 2 },
  ];
  const node = (i: number, poolId: string, labels: Record<string, string> = {}) => ({
    uid: `n${i}`, name: `10.0.0.${i}`, poolId, privateIp: `10.0.0.${i}`, zone: '', flavor: '', phase: 'Active', labels,
  });
  const nodes = [node(1, 'DefaultPool'), node(2, 'DefaultPool', { 'upgrade-wave': 'canary' }), node(3, 'DefaultPool'), node(4, 'p-gpu'), node(5, 'p-gpu')];
  const strategy = (userDefinedStep: number, scope: 'Cluster' | 'NodePool') => ({ type: 'inPlaceRollingUpdate' as const, inPlaceRollingUpdate: { userDefinedStep, scope } });
  const names = (waves: ReturnType<typeof computeWaves>) => waves.map((wave) => wave.nodes.map((n) => n.name));

  it('by default upgrades the smaller pool first and doubles across pools', () => {
    expect(names(computeWaves(pools, nodes, { strategy: strategy(20, 'Cluster') }))).toEqual([['10.0.0.4'], ['10.0.0.5'], ['10.0.0.1', '10.0.0.2', '10.0.0.3']]);
  });

  it('restarts growth per pool with scope NodePool', () => {
    expect(names(computeWaves(pools, nodes, { strategy: strategy(20, 'NodePool') }))).toEqual([['10.0.0.4'], ['10.0.0.5'], ['10.0.0.1'], ['10.0.0.2', '10.0.0.3']]);
  });

  it('puts a prioritised pool first and its canary batch in wave 1', () => {
    const waves = computeWaves(pools, nodes, {
      strategy: strategy(2, 'Cluster'),
      nodePoolOrder: { DefaultPool: 5 },
      nodeOrder: { DefaultPool: [{ nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 1 }] },
    });
    expect(names(waves)).toEqual([['10.0.0.2'], ['10.0.0.1', '10.0.0.3'], ['10.0.0.4', '10.0.0.5']]);
    expect(waves[0]?.nodes[0]?.batch).toBe(0);
    expect(waves[1]?.nodes[0]?.batch).toBeUndefined();
  });
});
