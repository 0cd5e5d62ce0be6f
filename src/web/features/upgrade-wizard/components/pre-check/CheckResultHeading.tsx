import { Typography } from '@mui/material';
import type { PreCheckState } from '../../../../../shared/pre-check';

/** Where focus goes when the check of task `taskId` finishes. */
export const checkResultKey = (taskId: string) => `pre-check-result:${taskId}`;

function words(check: Exclude<PreCheckState, { state: 'running' }>): string {
  switch (check.state) {
    case 'done':
      if (check.findings.length === 0) return 'Check result: no findings';
      return check.findings.length === 1 ? 'Check result: 1 finding' : `Check result: ${check.findings.length} findings`;
    case 'error':
      return 'Check result: the check could not run';
    case 'expired':
      return 'Check result: expired';
  }
}

/** The heading over a finished check's result: what the findings below belong to, and where a finished check takes focus. */
export function CheckResultHeading({ check, taskId }: { check: Exclude<PreCheckState, { state: 'running' }>; taskId: string }) {
  return (
    <Typography variant="h4" tabIndex={-1} data-focus-key={checkResultKey(taskId)} sx={{ fontSize: '1.1rem', fontWeight: 'bold', outline: 'none' }}>
      {words(check)}
    </Typography>
  );
}
