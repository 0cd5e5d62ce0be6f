import fc from 'fast-check';
import type { DurationAssumptions, MinutesRange } from '../duration-model';

// Test-only: assumptions in quarter minutes, so sums stay exact in floating point and properties can compare with ===.
const rangeArb = (max: number): fc.Arbitrary<MinutesRange> =>
  fc.tuple(fc.integer({ min: 0, max: max * 4 }), fc.integer({ min: 0, max: max * 4 })).map(([a, b]) => ({ low: Math.min(a, b) / 4, high: Math.max(a, b) / 4 }));

/** Any assumptions the schema accepts, with measured waves for some of the given pools. */
export const assumptionsArb = (poolIds: readonly string[]): fc.Arbitrary<DurationAssumptions> =>
  fc.record({
    controlPlane: rangeArb(60),
    waveOverhead: rangeArb(20),
    perNode: rangeArb(3),
    perAddon: rangeArb(10),
    postCheck: rangeArb(30),
    measuredWave: poolIds.length === 0 ? fc.constant({}) : fc.dictionary(fc.constantFrom(...poolIds), rangeArb(90), { maxKeys: poolIds.length }),
  });
