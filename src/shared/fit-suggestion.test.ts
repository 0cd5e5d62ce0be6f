import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateUpgrade, type DurationAssumptions } from './duration-model';
import { estimateWindow, suggestFit, type FitSuggestion, type PlanInput } from './fit-suggestion';
import type { PlanningNode, PlanningPool } from './inventory';
import { fitWindow } from './maintenance-window';
import { fleetArb } from './testing/arbitraries';
import { assumptionsArb } from './testing/duration-arbitrary';
import { STEP_MAX } from './upgrade-request';
import { computeWaves, orderPools, type WaveAction } from './waves';

// Ten minutes a wave whatever its size, ten for the control plane: the total is 10 + 10 × waves.
const perWave: DurationAssumptions = {
  controlPlane: { low: 10, high: 10 },
  waveOverhead: { low: 10, high: 10 },
  perNode: { low: 0, high: 0 },
  perAddon: { low: 0, high: 0 },
  postCheck: { low: 0, high: 0 },
};
const poolOf = (name: string, nodeCount: number): PlanningPool => ({ id: `${name}0000000-0000-4000-8000-000000000000`, name, flavors: [], zones: [], architecture: 'amd64', nodeCount });
const nodesOf = (pool: PlanningPool): PlanningNode[] =>
  Array.from({ length: pool.nodeCount }, (_, i) => ({ uid: `${pool.name}-${i}`, name: `${pool.name}-${i}`, poolId: pool.id, privateIp: '', zone: '', flavor: '', phase: 'Active', labels: {} }));
const actionOf = (userDefinedStep: number, scope: 'Cluster' | 'NodePool' = 'Cluster'): WaveAction => ({ strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep, scope } } });
const plan = (sizes: number[], action: WaveAction): PlanInput => {
  const pools = sizes.map((size, i) => poolOf(String.fromCharCode(97 + i), size));
  return { pools, nodes: pools.flatMap(nodesOf), action, addonCount: 0, assumptions: perWave };
};

describe('suggestFit', () => {
  it('says nothing when the plan already fits', () => {
    expect(suggestFit({ ...plan([8], actionOf(1)), windowMinutes: 90 })).toBeUndefined();
  });

  it('suggests the smallest larger step that fits', () => {
    // 8 nodes: step 1 → 8 waves (90 min), step 2 → 1,2,2,2,1 (60 min), step 3 → 1,2,3,2 (50 min).
    expect(suggestFit({ ...plan([8], actionOf(1)), windowMinutes: 60 })).toEqual({ kind: 'step', step: 2 });
    expect(suggestFit({ ...plan([8], actionOf(1)), windowMinutes: 50 })).toEqual({ kind: 'step', step: 3 });
  });

  it('suggests scope Cluster when per-pool doubling is what makes the plan long, with a larger step if needed', () => {
    // Two pools of 3: NodePool is 1,2 | 1,2 at any step (50 min); Cluster at step 4 is 1,2 | 3 (40 min), at step 3 too.
    expect(suggestFit({ ...plan([3, 3], actionOf(4, 'NodePool')), windowMinutes: 40 })).toEqual({ kind: 'scope-cluster' });
    expect(suggestFit({ ...plan([3, 3], actionOf(2, 'NodePool')), windowMinutes: 40 })).toEqual({ kind: 'scope-cluster-and-step', step: 3 });
  });

  it('splits the pools in upgrade order into two windows when no step fits one', () => {
    // Pools of 4 and 4 at step 2: 1,2,1 | 2,2 (60 min) and never under 50. Alone, each pool is 1,2,1: 40 min with
    // the control plane, 30 min without.
    const input = plan([4, 4], actionOf(2));
    const suggestion = suggestFit({ ...input, windowMinutes: 40 });
    expect(suggestion).toEqual({ kind: 'split', windows: [[input.pools[0]!.id], [input.pools[1]!.id]], step: 2, scope: 'Cluster' });
    expect(suggestFit({ ...input, windowMinutes: 35 })).toBeUndefined();
  });
});

const applies = (input: PlanInput, suggestion: FitSuggestion): Array<{ total: { low: number; high: number } }> => {
  const { userDefinedStep, scope = 'Cluster' } = input.action.strategy.inPlaceRollingUpdate;
  const whole = (step: number, nextScope: 'Cluster' | 'NodePool') => [estimateUpgrade(computeWaves(input.pools, input.nodes, { ...input.action, ...actionOf(step, nextScope) }), input.addonCount, input.assumptions)];
  switch (suggestion.kind) {
    case 'step':
      return whole(suggestion.step, scope);
    case 'scope-cluster':
      return whole(userDefinedStep, 'Cluster');
    case 'scope-cluster-and-step':
      return whole(suggestion.step, 'Cluster');
    case 'split': {
      const rolling = { userDefinedStep: suggestion.step, scope: suggestion.scope };
      return [estimateWindow(input, suggestion.windows[0], 'first', rolling), estimateWindow(input, suggestion.windows[1], 'second', rolling)];
    }
  }
};

// Windows from a fifth of the plan's own high end to a little over it, so every kind of suggestion turns up.
const scenarioArb = fleetArb
  .chain((fleet) =>
    fc.record({
      input: fc.record({
        pools: fc.constant(fleet.pools),
        nodes: fc.constant(fleet.nodes),
        // Small steps half the time: on clusters of up to 60 nodes only those leave a larger step room to help.
        action: fc.oneof(fc.constant(fleet.action), fc.integer({ min: 1, max: 3 }).map((step) => ({ ...fleet.action, ...actionOf(step, fleet.action.strategy.inPlaceRollingUpdate.scope) }))),
        addonCount: fc.nat(3),
        assumptions: assumptionsArb(fleet.pools.map((pool) => pool.id)),
      }),
      percent: fc.integer({ min: 20, max: 110 }),
    }),
  )
  .map(({ input, percent }) => {
    const high = estimateUpgrade(computeWaves(input.pools, input.nodes, input.action), input.addonCount, input.assumptions).total.high;
    return { input, windowMinutes: Math.max(15, Math.round((high * percent) / 100)) };
  });

describe('suggestFit (properties)', () => {
  it('suggests only what fits once applied, and splits never lose or repeat a pool or a node', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, windowMinutes }) => {
        const suggestion = suggestFit({ ...input, windowMinutes });
        if (!suggestion) return;
        for (const estimate of applies(input, suggestion)) expect(fitWindow(estimate.total, windowMinutes).fits).toBe(true);
        if (suggestion.kind !== 'split') return;
        expect(suggestion.windows.flat()).toEqual(orderPools(input.pools, input.action.nodePoolOrder).map((pool) => pool.id));
        const nodesIn = suggestion.windows.map((ids) => input.nodes.filter((node) => ids.includes(node.poolId)).map((node) => node.uid));
        expect(nodesIn.every((uids) => uids.length > 0)).toBe(true);
        expect(nodesIn.flat().sort()).toEqual(input.nodes.map((node) => node.uid).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('suggests the smallest step, and says nothing only when the plan fits or even the fastest plan and every split do not', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, windowMinutes }) => {
        const suggestion = suggestFit({ ...input, windowMinutes });
        const { userDefinedStep: step, scope = 'Cluster' } = input.action.strategy.inPlaceRollingUpdate;
        const fits = (next: number, nextScope: 'Cluster' | 'NodePool') =>
          fitWindow(estimateUpgrade(computeWaves(input.pools, input.nodes, { ...input.action, ...actionOf(next, nextScope) }), input.addonCount, input.assumptions).total, windowMinutes).fits;
        if (suggestion?.kind === 'step' && suggestion.step - 1 > step) expect(fits(suggestion.step - 1, scope)).toBe(false);
        if (suggestion?.kind === 'scope-cluster-and-step') expect(fits(suggestion.step - 1, 'Cluster')).toBe(false);
        if (suggestion) return;
        if (fits(step, scope)) return;
        expect(fits(STEP_MAX, 'Cluster')).toBe(false);
        const ids = orderPools(input.pools, input.action.nodePoolOrder).map((pool) => pool.id);
        const rolling = { userDefinedStep: STEP_MAX, scope: 'Cluster' as const };
        for (let first = 1; first < ids.length; first++) {
          const windows = [estimateWindow(input, ids.slice(0, first), 'first', rolling), estimateWindow(input, ids.slice(first), 'second', rolling)];
          const bothHaveWaves = windows.every((estimate) => estimate.phases.some((phase) => phase.kind === 'wave'));
          if (bothHaveWaves) expect(windows.every((estimate) => fitWindow(estimate.total, windowMinutes).fits)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
