import type { Estimate, Phase } from '../../../../../shared/duration-model';
import { wavePrecision, type WavePrecision } from '../../../../../shared/wave-precision';
import { translate } from '../../../../i18n/parts/schedule';

export interface TimelinePool {
  id: string;
  name: string;
}

export interface TimelineBar {
  phase: Phase;
  lane: number;
  /** Short name drawn on the bar and read first: "Wave 3", "Control plane". */
  name: string;
  poolName?: string;
  precision?: WavePrecision;
}

export interface TimelineLane {
  name: string;
  /** Indices into the bars, in time order. */
  bars: number[];
}

const phaseNames = {
  'control-plane': 'schedule.phase.controlPlane',
  wave: 'schedule.phase.wave',
  addons: 'schedule.phase.addons',
  'post-check': 'schedule.phase.postCheck',
} as const satisfies Record<Phase['kind'], string>;

/**
 * One lane for the cluster-wide phases, then one per node pool in upgrade order (a pool with no waves keeps its
 * empty lane, so the order reads true). Bars come in the estimate's order, which is time order within each lane.
 * The names are in `say`'s language (the active one by default): a caller that keeps the model passes its `t`, whose
 * change with the language makes the model anew.
 */
export function timelineModel(estimate: Estimate, pools: readonly TimelinePool[], say: typeof translate = translate): { lanes: TimelineLane[]; bars: TimelineBar[] } {
  const lanes: TimelineLane[] = [{ name: say('schedule.timeline.clusterLane'), bars: [] }, ...pools.map((pool) => ({ name: pool.name, bars: [] }))];
  const laneOf = new Map(pools.map((pool, i) => [pool.id, i + 1]));
  const waves = estimate.phases.flatMap((phase) => (phase.wave ? [phase.wave] : []));
  const precision = new Map(wavePrecision(waves).map((entry, i) => [waves[i]!.number, entry]));
  const bars = estimate.phases.map((phase): TimelineBar => {
    if (!phase.wave) return { phase, lane: 0, name: say(phaseNames[phase.kind]) };
    const { poolId, number } = phase.wave;
    let lane = laneOf.get(poolId);
    // A wave of a pool the caller did not list still gets a lane, named by its id, rather than vanishing.
    if (lane === undefined) {
      lane = lanes.push({ name: poolId, bars: [] }) - 1;
      laneOf.set(poolId, lane);
    }
    return { phase, lane, name: say('schedule.bar.wave', { number }), poolName: lanes[lane]!.name, precision: precision.get(number) };
  });
  bars.forEach((bar, i) => lanes[bar.lane]!.bars.push(i));
  return { lanes, bars };
}

export type TimelineKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * Where a key moves the focus: left and right along a lane, up and down to the nearest bar in time of the next lane
 * that has bars, Home and End to the first and last bar of the whole upgrade.
 */
export function moveFocus({ lanes, bars }: { lanes: TimelineLane[]; bars: TimelineBar[] }, from: number, key: TimelineKey): number {
  if (key === 'Home') return 0;
  if (key === 'End') return bars.length - 1;
  const current = bars[from]!;
  const lane = lanes[current.lane]!.bars;
  const position = lane.indexOf(from);
  if (key === 'ArrowLeft') return lane[Math.max(0, position - 1)]!;
  if (key === 'ArrowRight') return lane[Math.min(lane.length - 1, position + 1)]!;
  const direction = key === 'ArrowDown' ? 1 : -1;
  for (let other = current.lane + direction; other >= 0 && other < lanes.length; other += direction) {
    const candidates = lanes[other]!.bars;
    if (candidates.length === 0) continue;
    const distance = (i: number) => Math.abs(bars[i]!.phase.start.low - current.phase.start.low);
    return candidates.reduce((best, i) => (distance(i) < distance(best) ? i : best));
  }
  return from;
}
