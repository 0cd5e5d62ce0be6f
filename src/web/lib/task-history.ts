import { isUpgradeTaskFinished, type UpgradeTask } from '../../shared/cce-responses';
import { parseCceTime } from '../../shared/cce-time';

const createdAt = (task: UpgradeTask) => parseCceTime(task.metadata.creationTimestamp) ?? -Infinity;

/** A cluster's upgrade tasks, newest first; CCE's own order decides between tasks with the same (or no) start. */
export const newestFirst = (tasks: readonly UpgradeTask[]) => [...tasks].sort((a, b) => createdAt(b) - createdAt(a));

export interface TaskTimes {
  /** When CCE created the task; undefined when it gave no readable time. */
  startedAt: number | undefined;
  /** When a finished task ended: completionTime, else (CCE gives none on Failed) its last update. */
  endedAt: number | undefined;
  /** Milliseconds from start to the end, or to `now` while the task runs; never negative when the browser's clock is behind CCE's. */
  elapsedMs: number | undefined;
  finished: boolean;
}

/** When a task began, ended and how long it ran: the one reading of a task's times, for its own page and for the history. */
export function taskTimes(task: UpgradeTask, now: number): TaskTimes {
  const startedAt = parseCceTime(task.metadata.creationTimestamp);
  const finished = isUpgradeTaskFinished(task);
  const endedAt = finished ? (parseCceTime(task.status.completionTime) ?? parseCceTime(task.metadata.updateTimestamp)) : undefined;
  const until = finished ? endedAt : now;
  const elapsedMs = startedAt !== undefined && until !== undefined ? Math.max(0, until - startedAt) : undefined;
  return { startedAt, endedAt, elapsedMs, finished };
}
