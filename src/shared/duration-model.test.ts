import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, durationAssumptionsSchema, estimateUpgrade, type DurationAssumptions, type Estimate } from './duration-model';
import { fleetArb, type Fleet } from './testing/arbitraries';
import { assumptionsArb } from './testing/duration-arbitrary';
import { computeWaves, type Wave, type WaveAction } from './waves';
import './zod-messages'; // the English of the messages asserted here, as the BFF and the CLI load it

const GPU = '11111111-1111-4111-8111-111111111111';
const wave = (number: number, poolId: string, size: number): Wave => ({
  number,
  poolId,
  nodes: Array.from({ length: size }, (_, i) => ({ uid: `${poolId}-${number}-${i}`, name: `n${i}`, batch: undefined })),
});
const flat: DurationAssumptions = {
  controlPlane: { low: 10, high: 30 },
  waveOverhead: { low: 5, high: 10 },
  perNode: { low: 0.5, high: 1 },
  perAddon: { low: 3, high: 8 },
  postCheck: { low: 5, high: 15 },
};

describe('estimateUpgrade', () => {
  it('runs control plane, each wave, add-ons and post-check one after another', () => {
    const estimate = estimateUpgrade([wave(1, 'DefaultPool', 1), wave(2, 'DefaultPool', 2), wave(3, GPU, 4)], 2, flat);
    expect(estimate.phases.map(({ kind, start, duration }) => ({ kind, start, duration }))).toEqual([
      { kind: 'control-plane', start: { low: 0, high: 0 }, duration: { low: 10, high: 30 } },
      { kind: 'wave', start: { low: 10, high: 30 }, duration: { low: 5.5, high: 11 } },
      { kind: 'wave', start: { low: 15.5, high: 41 }, duration: { low: 6, high: 12 } },
      { kind: 'wave', start: { low: 21.5, high: 53 }, duration: { low: 7, high: 14 } },
      { kind: 'addons', start: { low: 28.5, high: 67 }, duration: { low: 6, high: 16 } },
      { kind: 'post-check', start: { low: 34.5, high: 83 }, duration: { low: 5, high: 15 } },
    ]);
    expect(estimate.total).toEqual({ low: 39.5, high: 98 });
  });

  it('uses a pool’s measured wave time in place of overhead and per-node time, and says so', () => {
    const estimate = estimateUpgrade([wave(1, 'DefaultPool', 1), wave(2, GPU, 2)], 0, { ...flat, measuredWave: { [GPU]: { low: 20, high: 25 } } });
    const waves = estimate.phases.filter((phase) => phase.kind === 'wave');
    expect(waves.map(({ duration, source }) => ({ duration, source }))).toEqual([
      { duration: { low: 5.5, high: 11 }, source: 'assumed' },
      { duration: { low: 20, high: 25 }, source: 'measured' },
    ]);
    expect(estimate.phases.map((phase) => phase.kind)).not.toContain('addons');
  });

  it('leaves out the control plane or the post-check when asked, for one window of a split plan', () => {
    const estimate = estimateUpgrade([wave(1, GPU, 1)], 1, flat, { controlPlane: false, postCheck: false });
    expect(estimate.phases.map((phase) => phase.kind)).toEqual(['wave', 'addons']);
    expect(estimate.total).toEqual({ low: 8.5, high: 19 });
  });
});

describe('durationAssumptionsSchema', () => {
  it('accepts the defaults and measured waves keyed by pool id', () => {
    expect(durationAssumptionsSchema.parse(DEFAULT_ASSUMPTIONS)).toEqual(DEFAULT_ASSUMPTIONS);
    expect(durationAssumptionsSchema.safeParse({ ...DEFAULT_ASSUMPTIONS, measuredWave: { DefaultPool: { low: 12, high: 20 } } }).success).toBe(true);
  });

  it('refuses a range upside down, negative, past its sane maximum, or for something that is not a pool', () => {
    const issues = (value: unknown) => durationAssumptionsSchema.safeParse(value).error?.issues.map(({ path, message }) => ({ path, message }));
    expect(issues({ ...DEFAULT_ASSUMPTIONS, perNode: { low: 2, high: 1 } })).toEqual([{ path: ['perNode', 'high'], message: 'must not be below the low end' }]);
    expect(issues({ ...DEFAULT_ASSUMPTIONS, postCheck: { low: -1, high: 1 } })).toEqual([{ path: ['postCheck', 'low'], message: 'must not be negative' }]);
    expect(issues({ ...DEFAULT_ASSUMPTIONS, controlPlane: { low: 10, high: 600 } })).toEqual([{ path: ['controlPlane', 'high'], message: 'must be at most 240 minutes' }]);
    expect(durationAssumptionsSchema.safeParse({ ...DEFAULT_ASSUMPTIONS, measuredWave: { 'not a pool': { low: 1, high: 2 } } }).success).toBe(false);
    expect(durationAssumptionsSchema.safeParse({ ...DEFAULT_ASSUMPTIONS, perNode: { low: Number.NaN, high: 1 } }).success).toBe(false);
  });
});

const withStep = (action: WaveAction, step: number, scope = action.strategy.inPlaceRollingUpdate.scope): WaveAction => ({
  ...action,
  strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: step, scope } },
});
const estimateOf = (fleet: Fleet, action: WaveAction, assumptions: DurationAssumptions, addons = 1): Estimate =>
  estimateUpgrade(computeWaves(fleet.pools, fleet.nodes, action), addons, assumptions);
const scenarioArb = fleetArb.chain((fleet) =>
  fc.record({ fleet: fc.constant(fleet), assumptions: assumptionsArb(fleet.pools.map((pool) => pool.id)), addons: fc.nat(4), bigger: fc.integer({ min: 1, max: 40 }) }),
);

describe('estimateUpgrade (properties)', () => {
  it('never overlaps phases, keeps them in order, and ends where the last one ends; low ≤ high everywhere', () => {
    fc.assert(
      fc.property(scenarioArb, ({ fleet, assumptions, addons }) => {
        const { phases, total } = estimateOf(fleet, fleet.action, assumptions, addons);
        let end = { low: 0, high: 0 };
        for (const phase of phases) {
          expect(phase.start).toEqual(end);
          expect(phase.duration.low).toBeLessThanOrEqual(phase.duration.high);
          end = { low: phase.start.low + phase.duration.low, high: phase.start.high + phase.duration.high };
        }
        expect(total).toEqual(end);
        expect(total.low).toBeLessThanOrEqual(total.high);
        const kinds = phases.map((phase) => phase.kind).filter((kind, i, all) => all[i - 1] !== kind);
        expect(kinds).toEqual(['control-plane', ...(phases.some((p) => p.kind === 'wave') ? ['wave'] : []), ...(addons > 0 ? ['addons'] : []), 'post-check']);
      }),
    );
  });

  it('covers every node exactly once with its wave phases', () => {
    fc.assert(
      fc.property(scenarioArb, ({ fleet, assumptions }) => {
        const uids = estimateOf(fleet, fleet.action, assumptions).phases.flatMap((phase) => phase.wave?.nodes.map((node) => node.uid) ?? []);
        expect(uids.sort()).toEqual(fleet.nodes.map((node) => node.uid).sort());
      }),
    );
  });

  // The window fit binary-searches the step on this property, and prefers scope Cluster on the second one.
  it('is monotone: a larger step, or scope Cluster instead of NodePool, never makes the plan longer', () => {
    fc.assert(
      fc.property(scenarioArb, ({ fleet, assumptions, bigger }) => {
        const step = fleet.action.strategy.inPlaceRollingUpdate.userDefinedStep;
        const small = estimateOf(fleet, fleet.action, assumptions).total;
        const large = estimateOf(fleet, withStep(fleet.action, Math.max(step, bigger)), assumptions).total;
        expect(large.low).toBeLessThanOrEqual(small.low);
        expect(large.high).toBeLessThanOrEqual(small.high);
        const perPool = estimateOf(fleet, withStep(fleet.action, step, 'NodePool'), assumptions).total;
        const acrossPools = estimateOf(fleet, withStep(fleet.action, step, 'Cluster'), assumptions).total;
        expect(acrossPools.low).toBeLessThanOrEqual(perPool.low);
        expect(acrossPools.high).toBeLessThanOrEqual(perPool.high);
      }),
      { numRuns: 300 },
    );
  });
});
