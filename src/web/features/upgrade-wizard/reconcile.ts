import { parseCceTime } from '../../../shared/cce-time';
import type { UpgradeTask } from '../../../shared/cce-responses';
import { minorOf } from '../../../shared/upgrade-path';

/** The browser's and CCE's clocks may disagree; a task this much older than the submit still counts. */
export const CLOCK_SKEW_MS = 120_000;

/** The newest task to the plan's target created since the submit left, i.e. one the unanswered submit may have started. */
export function findStartedTask(tasks: readonly UpgradeTask[], sentAt: number, targetVersion: string): UpgradeTask | undefined {
  const created = (task: UpgradeTask) => parseCceTime(task.metadata.creationTimestamp) ?? -Infinity;
  return tasks
    .filter((task) => created(task) >= sentAt - CLOCK_SKEW_MS && task.spec.targetVersion !== undefined && minorOf(task.spec.targetVersion) === minorOf(targetVersion))
    .sort((a, b) => created(b) - created(a))[0];
}
