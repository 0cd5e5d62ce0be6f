import { Alert } from '@mui/material';
import { throttleSeconds } from '../../../lib/retry-policy';

/** Shown while CCE throttles the task reads: the last known state stays on screen and reading resumes by itself. */
export function ThrottleNotice({ error }: { error: unknown }) {
  const wait = throttleSeconds(error);
  if (wait === undefined) return null;
  return (
    <Alert severity="warning" role="status" aria-label="Throttling">
      CCE is throttling requests (HTTP 429). The planner will read the task again in {wait} {wait === 1 ? 'second' : 'seconds'}, as CCE
      asked; what is shown below is the last state it read.
    </Alert>
  );
}
