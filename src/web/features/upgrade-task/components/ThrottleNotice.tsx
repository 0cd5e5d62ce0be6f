import { Alert } from '@mui/material';
import { useT } from '../../../i18n/parts/task';
import { throttleSeconds } from '../../../lib/retry-policy';

/** Shown while CCE throttles the task reads: the last known state stays on screen and reading resumes by itself. */
export function ThrottleNotice({ error }: { error: unknown }) {
  const t = useT();
  const wait = throttleSeconds(error);
  if (wait === undefined) return null;
  return (
    <Alert severity="warning" role="status" aria-label={t('task.throttle.label')}>
      {t('task.throttle.text', { seconds: wait })}
    </Alert>
  );
}
