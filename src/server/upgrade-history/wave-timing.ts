import type { UpgradeTask } from '../../shared/cce-responses';
import { upgradeTaskItems } from '../../shared/upgrade-task-items';

/**
 * Where a task stands, as far as its progress can be ordered: 0 before any wave, n while wave n runs (or stopped in
 * it), totalWaves + 1 once every wave is done. CCE publishes no schema for spec.items (reference §8.1): this reads the
 * stage and wave numbers the task view reads, and a task without them cannot be placed, so it is not measured.
 */
export interface TaskPosition {
  position: number;
  totalWaves: number;
  /** Failed or paused there: the time spent at this position is not the wave's working time. */
  interrupted: boolean;
  succeeded: boolean;
}

// Phases in which a task is working (or waiting to begin); any other, known or new, stops the clock of its wave.
const WORKING = new Set(['Init', 'Queuing', 'Running', 'Success']);

export function taskPosition(task: UpgradeTask): TaskPosition | undefined {
  const { stage, currentWave, failedWave, totalWaves } = upgradeTaskItems(task);
  if (!totalWaves) return undefined;
  const { phase } = task.status;
  const at = (position: number) => ({ position, totalWaves, interrupted: !WORKING.has(phase), succeeded: phase === 'Success' });
  if (phase === 'Success' || stage === 'Addons' || stage === 'Done') return at(totalWaves + 1);
  if (stage === 'Init' || stage === 'Master') return at(0);
  const wave = phase === 'Failed' ? failedWave : currentWave;
  return stage === 'Nodes' && wave && wave <= totalWaves ? at(wave) : undefined;
}

export interface Sighting {
  position: number;
  firstSeen: number;
  lastSeen: number;
  interrupted: boolean;
}

export interface WaveTiming {
  wave: number;
  /** Seen running this long at least: from its first sighting to its last. */
  shortestMs: number;
  /** At most this long: from the last sighting before it to the first sighting after it. */
  longestMs: number;
}

/** A wave counts only if the polls pin it down to within a minute, or a quarter of its length when that is more. */
const SLACK_MS = 60_000;
const SLACK_SHARE = 0.25;

/**
 * The waves the sightings measure. A wave starts between the last sighting before it and its own first, and ends
 * between its own last and the first sighting after it; with polls every p seconds its length is known to about ±p.
 * Waves seen interrupted, never seen, or seen too seldom to pin down (a gap spanning it) are left out.
 */
export function measureWaves(sightings: readonly Sighting[], totalWaves: number): WaveTiming[] {
  const byPosition = [...sightings].sort((a, b) => a.position - b.position);
  const timings: WaveTiming[] = [];
  byPosition.forEach((sighting, index) => {
    const before = byPosition[index - 1];
    const after = byPosition[index + 1];
    if (!before || !after || sighting.interrupted || sighting.position < 1 || sighting.position > totalWaves) return;
    const shortestMs = Math.max(0, sighting.lastSeen - sighting.firstSeen);
    const longestMs = Math.max(shortestMs, after.firstSeen - before.lastSeen);
    if (longestMs - shortestMs > Math.max(SLACK_MS, (SLACK_SHARE * (shortestMs + longestMs)) / 2)) return;
    timings.push({ wave: sighting.position, shortestMs, longestMs });
  });
  return timings;
}
