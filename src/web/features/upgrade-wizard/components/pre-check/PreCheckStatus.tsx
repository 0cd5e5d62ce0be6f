import { Box, CircularProgress, Typography } from '@mui/material';
import type { PreCheckTask } from '../../../../../shared/cce-responses';
import type { PreCheckState } from '../../../../../shared/pre-check';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How far CCE has got, counted over the items it has reported so far. */
function itemsProgress(task: PreCheckTask): string {
  const { clusterCheckStatus, addonCheckStatus, nodeCheckStatus } = task.status;
  const items = [
    ...(clusterCheckStatus?.itemsStatus ?? []),
    ...(addonCheckStatus?.itemsStatus ?? []),
    ...(nodeCheckStatus?.nodeStageStatus ?? []).flatMap((stage) => stage.itemsStatus),
  ];
  const finished = items.filter((item) => item.phase === 'Success' || item.phase === 'Failed').length;
  return items.length > 0 ? ` ${finished} of ${plural(items.length, 'check item')} finished.` : '';
}

function words(check: PreCheckState, task: PreCheckTask): string {
  switch (check.state) {
    case 'running':
      return check.phase === 'Running'
        ? `CCE is checking the cluster, its add-ons and its nodes.${itemsProgress(task)}`
        : 'CCE has accepted the check and is about to start it.';
    case 'error':
      return `The check could not run: ${check.message}.`;
    case 'expired':
      return `The check result expired at ${new Date(check.expiredAt).toLocaleString()}. Run the check again.`;
    case 'done':
      return check.findings.length === 0 ? 'The check finished: no findings.' : `The check finished with ${plural(check.findings.length, 'finding')}.`;
  }
}

interface PreCheckStatusProps {
  check: PreCheckState | undefined;
  task: PreCheckTask | undefined;
  starting: boolean;
  /** A check was started for this draft, though its result may not have arrived yet. */
  hasRun: boolean;
}

/** The check's progress in words, announced politely as it changes. */
export function PreCheckStatus({ check, task, starting, hasRun }: PreCheckStatusProps) {
  const reading = hasRun && !check;
  const running = starting || reading || check?.state === 'running';
  let text = 'The check has not run for this plan yet.';
  if (starting) text = 'Starting the pre-upgrade check.';
  else if (check && task) text = words(check, task);
  else if (reading) text = 'Reading the check result from CCE.';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      {running && <CircularProgress size={20} aria-label="Pre-upgrade check in progress" />}
      <Typography role="status" aria-label="Pre-upgrade check status">{text}</Typography>
    </Box>
  );
}
