import { describe, expect, it } from 'vitest';
import { upgradeTaskSchema } from '../../../shared/cce-responses';
import { findStartedTask } from './reconcile';

const SENT = Date.UTC(2026, 2, 1, 10, 0);
const task = (uid: string, created: string, targetVersion = 'v1.29.13-r10') =>
  upgradeTaskSchema.parse({ metadata: { uid, creationTimestamp: created }, spec: { targetVersion }, status: { phase: 'Running' } });

describe('findStartedTask', () => {
  it('finds the newest task to the plan’s target created since the submit, allowing for clock skew', () => {
    const tasks = [
      task('old', '2026-03-01 09:50:00.000000 +0000 UTC'),
      task('skewed', '2026-03-01 09:59:00.000000 +0000 UTC'),
      task('other-target', '2026-03-01T10:00:05Z', 'v1.30'),
    ];
    expect(findStartedTask(tasks, SENT, 'v1.29')?.metadata.uid).toBe('skewed');
    expect(findStartedTask([...tasks, task('newest', '2026-03-01T10:00:03Z')], SENT, 'v1.29')?.metadata.uid).toBe('newest');
  });

  it('finds nothing older than the skew, to another target, or without a readable time', () => {
    expect(findStartedTask([task('old', '2026-03-01 09:50:00 +0000 UTC'), task('odd', 'yesterday'), task('x', '2026-03-01T10:00:05Z', 'v1.30')], SENT, 'v1.29')).toBeUndefined();
  });
});
