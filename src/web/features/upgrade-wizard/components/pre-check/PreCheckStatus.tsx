import { Box, CircularProgress, Typography } from '@mui/material';
import type { PreCheckTask } from '../../../../../shared/cce-responses';
import type { PreCheckState } from '../../../../../shared/pre-check';
import { formatLocalTime } from '../../../../lib/format-time';
import { useT } from '../../../../i18n/parts/review';

type ReviewTranslate = ReturnType<typeof useT>;

/** How far CCE has got, counted over the items it has reported so far. */
function checking(t: ReviewTranslate, task: PreCheckTask): string {
  const { clusterCheckStatus, addonCheckStatus, nodeCheckStatus } = task.status;
  const items = [
    ...(clusterCheckStatus?.itemsStatus ?? []),
    ...(addonCheckStatus?.itemsStatus ?? []),
    ...(nodeCheckStatus?.nodeStageStatus ?? []).flatMap((stage) => stage.itemsStatus),
  ];
  const finished = items.filter((item) => item.phase === 'Success' || item.phase === 'Failed').length;
  return items.length > 0
    ? t('review.preCheck.status.checkingProgress', { finished, items: items.length })
    : t('review.preCheck.status.checking');
}

function words(t: ReviewTranslate, check: PreCheckState, task: PreCheckTask): string {
  switch (check.state) {
    case 'running':
      return check.phase === 'Running' ? checking(t, task) : t('review.preCheck.status.accepted');
    case 'error':
      // CCE's message, as CCE sent it.
      return t('review.preCheck.status.error', { message: check.message });
    case 'expired':
      return t('review.preCheck.status.expired', { time: formatLocalTime(check.expiredAt) });
    case 'done':
      return check.findings.length === 0 ? t('review.preCheck.status.clean') : t('review.preCheck.status.findings', { count: check.findings.length });
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
  const t = useT();
  const reading = hasRun && !check;
  const running = starting || reading || check?.state === 'running';
  let text = t('review.preCheck.status.notRun');
  if (starting) text = t('review.preCheck.status.starting');
  else if (check && task) text = words(t, check, task);
  else if (reading) text = t('review.preCheck.status.reading');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      {running && <CircularProgress size={20} aria-label={t('review.preCheck.inProgress')} />}
      <Typography role="status" aria-label={t('review.preCheck.statusLabel')}>{text}</Typography>
    </Box>
  );
}
