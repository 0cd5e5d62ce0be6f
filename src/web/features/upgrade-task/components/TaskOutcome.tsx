import { Alert, AlertTitle } from '@mui/material';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { parseCceTime } from '../../../../shared/cce-time';
import { translate, useT } from '../../../i18n/parts/task';
import { formatLocalTime } from '../../../lib/format-time';

/** "The cluster now runs v1.29. Finished at …": whole sentences for each of what CCE told. */
function succeededText(version: string | undefined, finishedAt: number | undefined): string {
  if (finishedAt === undefined) return version ? translate('task.outcome.runs', { version }) : translate('task.outcome.runsTarget');
  const time = formatLocalTime(finishedAt);
  return version ? translate('task.outcome.runsFinished', { version, time }) : translate('task.outcome.runsTargetFinished', { time });
}

/** Success and Pause; a failure has its own panel with the way out (TaskFailure). */
export function TaskOutcome({ task }: { task: UpgradeTask }) {
  const t = useT();
  const { phase, completionTime } = task.status;
  if (phase === 'Success') {
    return (
      <Alert severity="success">
        <AlertTitle>{t('task.outcome.succeeded')}</AlertTitle>
        {succeededText(task.spec.targetVersion, parseCceTime(completionTime))}
      </Alert>
    );
  }
  if (phase === 'Pause') {
    return <Alert severity="warning">{t('task.outcome.paused')}</Alert>;
  }
  return null;
}
