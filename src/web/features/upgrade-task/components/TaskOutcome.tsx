import { Alert, AlertTitle } from '@mui/material';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { parseCceTime } from '../../../../shared/cce-time';
import { formatLocalTime } from '../../../lib/format-time';

/** Success and Pause; a failure has its own panel with the way out (TaskFailure). */
export function TaskOutcome({ task }: { task: UpgradeTask }) {
  const { phase, completionTime } = task.status;
  const finishedAt = parseCceTime(completionTime);
  if (phase === 'Success') {
    return (
      <Alert severity="success">
        <AlertTitle>Upgrade succeeded</AlertTitle>
        The cluster now runs {task.spec.targetVersion ?? 'the target version'}.{finishedAt === undefined ? '' : ` Finished at ${formatLocalTime(finishedAt)}.`}
      </Alert>
    );
  }
  if (phase === 'Pause') {
    return <Alert severity="warning">The upgrade is paused. Continue it in the CCE console; this page keeps checking.</Alert>;
  }
  return null;
}
