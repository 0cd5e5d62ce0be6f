import { isUpgradeTaskFinished, type UpgradeTask } from '../../shared/cce-responses';
import { parseCceTime } from '../../shared/cce-time';

const createdAt = (task: UpgradeTask) => parseCceTime(task.metadata.creationTimestamp) ?? -Infinity;

/** A cluster's upgrade tasks, newest first; CCE's own order decides between tasks with the same (or no) start. */
export const newestFirst = (tasks: readonly UpgradeTask[]) => [...tasks].sort((a, b) => createdAt(b) - createdAt(a));

export interface TaskTimes {
  startedAt?: number;
  /** How long it ran (finished) or has been running (not finished), in milliseconds. */
  tookMs?: number;
  finished: boolean;
}

/**
 * When a task began and how long it took. CCE gives a completionTime only on Success; a Failed task's last update is
 * when it stopped. A running task is measured up to `now`.
 */
export function taskTimes(task: UpgradeTask, now: number): TaskTimes {
  const startedAt = parseCceTime(task.metadata.creationTimestamp);
  const finished = isUpgradeTaskFinished(task);
  const endedAt = finished ? parseCceTime(task.status.completionTime) ?? parseCceTime(task.metadata.updateTimestamp) : now;
  const tookMs = startedAt === undefined || endedAt === undefined ? undefined : Math.max(0, endedAt - startedAt);
  return { ...(startedAt === undefined ? {} : { startedAt }), ...(tookMs === undefined ? {} : { tookMs }), finished };
}
