import { describe, expect, it } from 'vitest';
import { upgradeTaskSchema } from '../../shared/cce-responses';
import { newestFirst, taskTimes } from './task-history';

const task = (phase: string, metadata: Record<string, string>, status: Record<string, string> = {}) =>
  upgradeTaskSchema.parse({ metadata: { uid: metadata['uid'] ?? 't', ...metadata }, spec: {}, status: { phase, ...status } });

describe('task history', () => {
  it('orders tasks newest first across CCE’s timestamp formats, unknown starts last', () => {
    const tasks = [
      task('Success', { uid: 'a', creationTimestamp: '2026-01-01T00:00:00Z' }),
      task('Success', { uid: 'b' }),
      task('Running', { uid: 'c', creationTimestamp: '2026-11-30 05:51:49.751000 +0000 UTC' }),
      task('Failed', { uid: 'd', creationTimestamp: '2026-06-01 00:00:00 +0800 CST' }),
    ];
    expect(newestFirst(tasks).map((t) => t.metadata.uid)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('measures a Success to its completion, a Failed task to its last update and a running one to now', () => {
    const start = { creationTimestamp: '2026-11-30 05:00:00.000000 +0000 UTC', updateTimestamp: '2026-11-30 05:20:00.000000 +0000 UTC' };
    expect(taskTimes(task('Success', start, { completionTime: '2026-11-30 06:30:00.000000 +0000 UTC' }), 0)).toEqual({
      startedAt: Date.UTC(2026, 10, 30, 5),
      endedAt: Date.UTC(2026, 10, 30, 6, 30),
      elapsedMs: 90 * 60_000,
      finished: true,
    });
    expect(taskTimes(task('Failed', start), 0).elapsedMs).toBe(20 * 60_000);
    expect(taskTimes(task('Running', start), Date.UTC(2026, 10, 30, 5, 7))).toEqual({ startedAt: Date.UTC(2026, 10, 30, 5), endedAt: undefined, elapsedMs: 7 * 60_000, finished: false });
    expect(taskTimes(task('Running', {}), 0)).toEqual({ startedAt: undefined, endedAt: undefined, elapsedMs: undefined, finished: false });
  });
});
