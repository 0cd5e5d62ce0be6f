import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleetArb } from './testing/arbitraries';
import { wavePrecision } from './wave-precision';
import { computeWaves, type Wave } from './waves';

const sameGroup = (a: Wave, b: Wave) => a.poolId === b.poolId && a.nodes[0]?.batch === b.nodes[0]?.batch;

describe('wavePrecision (properties)', () => {
  it('names a wave’s nodes exactly when the wave takes its whole batch, or all of its pool’s unbatched nodes', () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        const waves = computeWaves(fleet.pools, fleet.nodes, fleet.action);
        const precision = wavePrecision(waves);
        expect(precision).toHaveLength(waves.length);
        waves.forEach((wave, i) => {
          const alone = waves.filter((other) => sameGroup(other, wave)).length === 1;
          expect(precision[i]!.fixed).toBe(alone);
        });
      }),
    );
  });

  it('offers as candidates every node of the wave’s group, and counts what earlier waves of the group take', () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        const waves = computeWaves(fleet.pools, fleet.nodes, fleet.action);
        wavePrecision(waves).forEach((entry, i) => {
          if (entry.fixed) return;
          const wave = waves[i]!;
          const group = waves.filter((other) => sameGroup(other, wave));
          expect(entry.candidates.map((node) => node.uid).sort()).toEqual(group.flatMap((w) => w.nodes.map((node) => node.uid)).sort());
          const earlier = group.filter((other) => other.number < wave.number).reduce((sum, w) => sum + w.nodes.length, 0);
          expect(entry.before).toBe(earlier);
          expect(entry.before + wave.nodes.length).toBeLessThanOrEqual(entry.candidates.length);
        });
      }),
    );
  });
});

describe('wavePrecision (examples)', () => {
  const node = (uid: string, batch?: number) => ({ uid, name: uid, batch });

  it('fixes a canary batch and a pool that fits in one wave, not the waves CCE fills by load', () => {
    const waves: Wave[] = [
      { number: 1, poolId: 'general', nodes: [node('canary', 0)] },
      { number: 2, poolId: 'general', nodes: [node('a'), node('b')] },
      { number: 3, poolId: 'general', nodes: [node('c')] },
      { number: 4, poolId: 'small', nodes: [node('x'), node('y')] },
    ];
    const [canary, second, third, small] = wavePrecision(waves);
    expect(canary).toEqual({ fixed: true });
    expect(second).toEqual({ fixed: false, candidates: [node('a'), node('b'), node('c')], before: 0 });
    expect(third).toEqual({ fixed: false, candidates: [node('a'), node('b'), node('c')], before: 2 });
    expect(small).toEqual({ fixed: true });
  });
});
