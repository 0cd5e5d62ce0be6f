import { Typography } from '@mui/material';
import type { PreCheckState } from '../../../../../shared/pre-check';
import { useT } from '../../../../i18n/parts/review';

/** Where focus goes when the check of task `taskId` finishes. */
export const checkResultKey = (taskId: string) => `pre-check-result:${taskId}`;

function words(t: ReturnType<typeof useT>, check: Exclude<PreCheckState, { state: 'running' }>): string {
  switch (check.state) {
    case 'done':
      return t('review.preCheck.result.findings', { count: check.findings.length });
    case 'error':
      return t('review.preCheck.result.error');
    case 'expired':
      return t('review.preCheck.result.expired');
  }
}

/** The heading over a finished check's result: what the findings below belong to, and where a finished check takes focus. */
export function CheckResultHeading({ check, taskId }: { check: Exclude<PreCheckState, { state: 'running' }>; taskId: string }) {
  const t = useT();
  return (
    <Typography variant="h4" tabIndex={-1} data-focus-key={checkResultKey(taskId)} sx={{ fontSize: '1.1rem', fontWeight: 'bold', outline: 'none' }}>
      {words(t, check)}
    </Typography>
  );
}
