import { Alert, AlertTitle } from '@mui/material';
import { ErrorState } from '../../../components/ErrorState';
import { isOutcomeUnknown } from '../../../lib/idempotent-post';

interface RetryOutcomeProps {
  result: { replayed: boolean } | undefined;
  error: unknown;
  watchMinutes: number;
}

/** What became of the last retry; the task's phase above says whether CCE resumed. */
export function RetryOutcome({ result, error, watchMinutes }: RetryOutcomeProps) {
  if (result) {
    return (
      <Alert severity="info">
        {result.replayed
          ? 'This retry had already been sent: the planner’s server answered from its record of that attempt and did not ask CCE a second time.'
          : 'Retry sent: CCE accepted it.'}{' '}
        This page follows the task again.
      </Alert>
    );
  }
  if (isOutcomeUnknown(error)) {
    return (
      <Alert severity="warning">
        <AlertTitle>The planner cannot tell whether CCE received the retry</AlertTitle>
        The connection ended before CCE answered. This page keeps reading the task: if its phase moves from Failed to Running, the retry
        started. If it is still Failed after {watchMinutes} minutes, the retry did not start; retry again.
      </Alert>
    );
  }
  return error ? <ErrorState error={error} /> : null;
}
