import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Estimate, Phase } from '../../../../../shared/duration-model';
import { fleetArb } from '../../../../../shared/testing/arbitraries';
import { computeWaves, orderPools } from '../../../../../shared/waves';
import { moveFocus, timelineModel, type TimelineKey } from './timeline-model';

const KEYS: TimelineKey[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
const range = (n: number) => ({ low: n, high: n * 1.5 });

// Phases one after another, ten minutes a wave: the layout and the keys care about order, not about the durations.
function estimateOf(waves: ReturnType<typeof computeWaves>): Estimate {
  const phases: Phase[] = [
    { kind: 'control-plane', start: range(0), duration: range(20) },
    ...waves.map((wave, i): Phase => ({ kind: 'wave', wave, start: range(20 + 10 * i), duration: range(10) })),
    { kind: 'post-check', start: range(20 + 10 * waves.length), duration: range(5) },
  ];
  return { phases, total: range(25 + 10 * waves.length) };
}

describe('timeline model', () => {
  it('puts each wave in its pool’s lane, in time order, and lets the arrow keys reach every bar from the first', () => {
    fc.assert(
      fc.property(fleetArb, (fleet) => {
        const pools = orderPools(fleet.pools, fleet.action.nodePoolOrder);
        const model = timelineModel(estimateOf(computeWaves(pools, fleet.nodes, fleet.action)), pools);
        expect(model.lanes.map((lane) => lane.name)).toEqual(['Cluster', ...pools.map((pool) => pool.name)]);
        model.bars.forEach((bar, i) => {
          expect(model.lanes[bar.lane]!.bars).toContain(i);
          expect(bar.lane === 0).toBe(bar.phase.wave === undefined);
          if (bar.phase.wave) expect(bar.lane).toBe(pools.findIndex((pool) => pool.id === bar.phase.wave!.poolId) + 1);
        });
        const seen = new Set([0]);
        const queue = [0];
        while (queue.length > 0) {
          const from = queue.shift()!;
          for (const key of KEYS) {
            const to = moveFocus(model, from, key);
            if (seen.has(to)) continue;
            seen.add(to);
            queue.push(to);
          }
        }
        expect(seen.size).toBe(model.bars.length);
      }),
    );
  });
});
