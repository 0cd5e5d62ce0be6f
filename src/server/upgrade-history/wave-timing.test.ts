import { describe, expect, it } from 'vitest';
import type { UpgradeTask } from '../../shared/cce-responses';
import { measureWaves, type Sighting, taskPosition } from './wave-timing';

const task = (phase: string, items: Record<string, unknown>): UpgradeTask => ({ metadata: { uid: 't' }, spec: { items }, status: { phase } });

describe('taskPosition', () => {
  it.each([
    ['Init', { stage: 'Init', totalWaves: 3 }, { position: 0, interrupted: false, succeeded: false }],
    ['Running', { stage: 'Master', totalWaves: 3, currentWave: 0 }, { position: 0, interrupted: false, succeeded: false }],
    ['Running', { stage: 'Nodes', totalWaves: 3, currentWave: 2 }, { position: 2, interrupted: false, succeeded: false }],
    ['Failed', { stage: 'Nodes', totalWaves: 3, currentWave: 2, failedWave: 2 }, { position: 2, interrupted: true, succeeded: false }],
    ['Pause', { stage: 'Nodes', totalWaves: 3, currentWave: 1 }, { position: 1, interrupted: true, succeeded: false }],
    ['Running', { stage: 'Addons', totalWaves: 3 }, { position: 4, interrupted: false, succeeded: false }],
    ['Success', { stage: 'Done', totalWaves: 3 }, { position: 4, interrupted: false, succeeded: true }],
  ])('places a %s task at %o', (phase, items, expected) => {
    expect(taskPosition(task(phase, items))).toEqual({ ...expected, totalWaves: 3 });
  });

  it.each([
    ['no items, as CCE publishes none', {}],
    ['no wave count', { stage: 'Nodes', currentWave: 1 }],
    ['a wave past the last', { stage: 'Nodes', totalWaves: 2, currentWave: 3 }],
    ['an unknown stage', { stage: 'Draining', totalWaves: 2, currentWave: 1 }],
  ])('cannot place a task with %s', (_, items) => {
    expect(taskPosition(task('Running', items))).toBeUndefined();
  });
});

const s = (position: number, firstSeen: number, lastSeen = firstSeen, interrupted = false): Sighting => ({ position, firstSeen, lastSeen, interrupted });
const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('measureWaves', () => {
  it('bounds each wave by the sightings around it: polls 10 s apart pin a 10-minute wave to ±10 s', () => {
    const sightings = [s(0, 0, 5 * MINUTE), s(1, 5 * MINUTE + 10 * SECOND, 15 * MINUTE), s(2, 15 * MINUTE + 10 * SECOND, 20 * MINUTE), s(3, 20 * MINUTE + 10 * SECOND)];
    expect(measureWaves(sightings, 2)).toEqual([
      { wave: 1, shortestMs: 9 * MINUTE + 50 * SECOND, longestMs: 10 * MINUTE + 10 * SECOND },
      { wave: 2, shortestMs: 4 * MINUTE + 50 * SECOND, longestMs: 5 * MINUTE + 10 * SECOND },
    ]);
  });

  it('leaves out a wave nobody watched closely: a gap of an hour around a 10-minute wave', () => {
    const sightings = [s(0, 0), s(1, 60 * MINUTE, 70 * MINUTE), s(2, 71 * MINUTE, 80 * MINUTE), s(3, 80 * MINUTE + 10 * SECOND)];
    expect(measureWaves(sightings, 2).map((timing) => timing.wave)).toEqual([2]);
  });

  it('accepts slack of up to a quarter of a long wave', () => {
    // Seen running for 40 minutes within 51: an 11-minute spread around a 45.5-minute middle is within a quarter of it.
    expect(measureWaves([s(0, 0), s(1, MINUTE, 41 * MINUTE), s(2, 51 * MINUTE)], 1)).toEqual([{ wave: 1, shortestMs: 40 * MINUTE, longestMs: 51 * MINUTE }]);
    // Seen running for 31 minutes within 51: a 20-minute spread around 41 is not.
    expect(measureWaves([s(0, 0), s(1, 10 * MINUTE, 41 * MINUTE), s(2, 51 * MINUTE)], 1)).toEqual([]);
  });

  it('leaves out a wave the task failed or paused in, and waves with no sighting after them', () => {
    const sightings = [s(0, 0), s(1, 10 * SECOND, 5 * MINUTE, true), s(2, 5 * MINUTE + 10 * SECOND, 10 * MINUTE)];
    expect(measureWaves(sightings, 3)).toEqual([]);
  });

  it('does not count the time before the first wave or after the last as a wave', () => {
    expect(measureWaves([s(0, 0, MINUTE), s(2, 2 * MINUTE, 3 * MINUTE)], 1)).toEqual([]);
  });
});
