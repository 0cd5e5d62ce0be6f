import { Alert, AlertTitle } from '@mui/material';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../i18n/parts/task';
import { isOutcomeUnknown } from '../../../lib/idempotent-post';

interface RetryOutcomeProps {
  result: { replayed: boolean } | undefined;
  error: unknown;
  watchMinutes: number;
}

/** What became of the last retry; the task's phase above says whether CCE resumed. */
export function RetryOutcome({ result, error, watchMinutes }: RetryOutcomeProps) {
  const t = useT();
  if (result) {
    return <Alert severity="info">{t(result.replayed ? 'task.retry.replayed' : 'task.retry.accepted')}</Alert>;
  }
  if (isOutcomeUnknown(error)) {
    return (
      <Alert severity="warning">
        <AlertTitle>{t('task.retry.unknownTitle')}</AlertTitle>
        {t('task.retry.unknownText', { minutes: watchMinutes })}
      </Alert>
    );
  }
  return error ? <ErrorState error={error} /> : null;
}
