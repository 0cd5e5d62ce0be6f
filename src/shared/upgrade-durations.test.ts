import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile, upgradeDurationsSchema, waveDurationStats } from './upgrade-durations';

const durations = fc.array(fc.integer({ min: 0, max: 24 * 3_600_000 }), { minLength: 1, maxLength: 60 });
const share = fc.double({ min: 0, max: 1, noNaN: true });

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([10, 20], 0.5)).toBe(15);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('lies between the smallest and the largest value, P0 and P100 being those', () => {
    fc.assert(
      fc.property(durations, share, (values, p) => {
        const value = percentile(values, p);
        expect(value).toBeGreaterThanOrEqual(Math.min(...values));
        expect(value).toBeLessThanOrEqual(Math.max(...values));
        expect(percentile(values, 0)).toBe(Math.min(...values));
        expect(percentile(values, 1)).toBe(Math.max(...values));
      }),
    );
  });

  it('never falls as p rises, and does not depend on the order of the values', () => {
    fc.assert(
      fc.property(durations, share, share, (values, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(percentile(values, low)).toBeLessThanOrEqual(percentile(values, high));
        expect(percentile([...values].reverse(), a)).toBe(percentile(values, a));
      }),
    );
  });

  it('does not move when every value is the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 30 }), share, (value, n, p) => {
        expect(percentile(Array<number>(n).fill(value), p)).toBe(value);
      }),
    );
  });
});

describe('waveDurationStats', () => {
  it('gives P50 and P90 in tenths of a minute, with the number of waves', () => {
    expect(waveDurationStats([6 * 60_000, 8 * 60_000, 10 * 60_000, 30 * 60_000])).toEqual({ waves: 4, p50Minutes: 9, p90Minutes: 24 });
    expect(waveDurationStats([])).toBeUndefined();
  });

  it('always gives an answer the response schema accepts', () => {
    fc.assert(
      fc.property(durations, (values) => {
        const stats = waveDurationStats(values);
        expect(upgradeDurationsSchema.safeParse({ clusterId: 'c', tasks: 1, cluster: stats, pools: [{ poolId: 'p', ...stats }] }).success).toBe(true);
        expect(stats!.p50Minutes).toBeLessThanOrEqual(stats!.p90Minutes);
      }),
    );
  });
});
