import { describe, expect, it } from 'vitest';
import type { UpgradeTask } from '../../../shared/cce-responses';
import { DEFAULT_ASSUMPTIONS, estimateUpgrade } from '../../../shared/duration-model';
import type { PlanningNode } from '../../../shared/inventory';
import type { Wave } from '../../../shared/waves';
import { deriveTaskSnapshot } from './task-snapshot';
import { taskTimes } from '../../lib/task-history';
import { formatElapsed, remaining, remainingFromModel, remainingFromProgress } from './task-timing';

const START = Date.UTC(2026, 10, 30, 5, 51, 49, 751);

const task = (phase: string, status: Record<string, string> = {}, items: Record<string, unknown> = {}, updated = '2026-11-30 06:20:00.000000 +0000 UTC'): UpgradeTask => ({
  apiVersion: 'v3',
  kind: 'UpgradeTask',
  metadata: { uid: 't', creationTimestamp: '2026-11-30 05:51:49.751000 +0000 UTC', updateTimestamp: updated },
  spec: { items },
  status: { phase, ...status },
});

const waves: Wave[] = [1, 2, 3].map((number) => ({ number, poolId: number === 3 ? 'b' : 'a', nodes: [{ uid: `n${number}`, name: `n${number}`, batch: undefined }] }));
const nodes = (phases: Record<string, string>): PlanningNode[] =>
  waves.map((wave) => ({ uid: `n${wave.number}`, name: `n${wave.number}`, poolId: wave.poolId, privateIp: '', zone: '', flavor: '', phase: phases[`n${wave.number}`] ?? 'Active', labels: {} }));

describe('taskTimes', () => {
  it('reads CCE’s Go-style start and counts elapsed to now while the task runs', () => {
    expect(taskTimes(task('Running'), START + 90_000)).toEqual({ startedAt: START, endedAt: undefined, elapsedMs: 90_000, finished: false });
  });

  it('stops the clock at the completion time, or for a failed task at its last update', () => {
    const done = taskTimes(task('Success', { completionTime: '2026-11-30T06:51:49.751Z' }), START + 999_999_999);
    expect(done.elapsedMs).toBe(3_600_000);
    const failed = taskTimes(task('Failed'), START + 999_999_999);
    expect(failed.endedAt).toBe(Date.UTC(2026, 10, 30, 6, 20));
  });

  it('never shows a negative elapsed time when the browser’s clock is behind CCE’s', () => {
    expect(taskTimes(task('Running'), START - 5_000).elapsedMs).toBe(0);
  });
});

describe('remaining', () => {
  const estimate = estimateUpgrade(waves, 1, DEFAULT_ASSUMPTIONS, { controlPlane: true, postCheck: false });

  it('from the model: waves done count nothing, the wave under way 0 to its length, the rest in full', () => {
    const snapshot = deriveTaskSnapshot({ task: task('Running', {}, { stage: 'Nodes' }), nodes: nodes({ n2: 'Upgrading' }), waves });
    const result = remainingFromModel(snapshot, estimate);
    // Wave 2: 5.1–10.5 under way; wave 3: 5.1–10.5; one add-on 3–8.
    expect(result).toMatchObject({ basis: 'model', measuredWaves: 0, assumedWaves: 2 });
    if (result.basis !== 'model') throw new Error('model expected');
    expect(result.minutes.low).toBeCloseTo(5.1 + 3);
    expect(result.minutes.high).toBeCloseTo(10.5 + 10.5 + 8);
  });

  it('from the model says how many waves left use measured durations', () => {
    const measured = estimateUpgrade(waves, 0, { ...DEFAULT_ASSUMPTIONS, measuredWave: { b: { low: 20, high: 30 } } }, { controlPlane: true, postCheck: false });
    const snapshot = deriveTaskSnapshot({ task: task('Running', {}, { stage: 'Master' }), nodes: nodes({}), waves });
    const result = remainingFromModel(snapshot, measured);
    expect(result).toMatchObject({ measuredWaves: 1, assumedWaves: 2, minutes: { low: 0 + 5.1 * 2 + 20 } });
  });

  it('from progress: elapsed ÷ fraction done, less elapsed; nothing to go by gives no estimate', () => {
    expect(remainingFromProgress(10 * 60_000, 0.25)).toEqual({ basis: 'progress', minutes: 30, fraction: 0.25 });
    expect(remainingFromProgress(10 * 60_000, undefined)).toEqual({ basis: 'none', why: 'no-progress' });
    expect(remainingFromProgress(0, 0.5)).toEqual({ basis: 'none', why: 'no-progress' });
  });

  it('uses the model where the waves are known, else progress; none once stopped or finished', () => {
    const running = deriveTaskSnapshot({ task: task('Running', {}, { stage: 'Nodes' }), nodes: nodes({ n1: 'Upgrading' }), waves });
    expect(remaining(running, 60_000, estimate, 0.2).basis).toBe('model');
    const unplanned = deriveTaskSnapshot({ task: task('Running'), nodes: nodes({ n1: 'Upgrading' }) });
    expect(remaining(unplanned, 60_000, undefined, 0.2)).toEqual({ basis: 'progress', minutes: 4, fraction: 0.2 });
    expect(remaining(deriveTaskSnapshot({ task: task('Failed'), nodes: nodes({}), waves }), 1, estimate, 0.5)).toEqual({ basis: 'none', why: 'stopped' });
    expect(remaining(deriveTaskSnapshot({ task: task('Success'), nodes: nodes({}), waves }), 1, estimate, 1)).toEqual({ basis: 'none', why: 'finished' });
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0 s'],
    [45_999, '45 s'],
    [60_000, '1 min'],
    [185_000, '3 min 5 s'],
    [3_600_000, '1 h'],
    [3_720_000 + 59_000, '1 h 2 min'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
