import { Alert, AlertTitle } from '@mui/material';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { failureReason } from '../api/task-queries';

export function TaskOutcome({ task }: { task: UpgradeTask }) {
  const { phase, completionTime } = task.status;
  const finishedAt = completionTime ? ` Finished at ${completionTime}.` : '';
  if (phase === 'Success') {
    return (
      <Alert severity="success">
        <AlertTitle>Upgrade succeeded</AlertTitle>
        The cluster now runs {task.spec.targetVersion ?? 'the target version'}.{finishedAt}
      </Alert>
    );
  }
  if (phase === 'Failed') {
    return (
      <Alert severity="error">
        <AlertTitle>Upgrade failed</AlertTitle>
        Reason: {failureReason(task) ?? 'CCE did not give a reason.'}{finishedAt} Fix the cause in CCE, then retry the upgrade
        from the CCE console or plan a new one.
      </Alert>
    );
  }
  if (phase === 'Pause') {
    return <Alert severity="warning">The upgrade is paused. Continue it in the CCE console; this page keeps checking.</Alert>;
  }
  return null;
}
