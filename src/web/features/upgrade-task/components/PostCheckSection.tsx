import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useEffect, useId, useRef } from 'react';
import type { PostCheck, UpgradeTask } from '../../../../shared/cce-responses';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useT } from '../../../i18n/parts/task';
import { postCheckBody, useCreatePostCheck } from '../api/post-check';

function PostCheckResult({ result }: { result: PostCheck }) {
  const t = useT();
  // CCE's phase and message are shown as CCE sent them; the planner's words only fill in when it sent none.
  const { phase, message } = result.status;
  if (phase === 'Success') {
    return (
      <Alert severity="success">
        <AlertTitle>{t('task.postCheck.passed')}</AlertTitle>
        {message ?? t('task.postCheck.passedDefault')}
      </Alert>
    );
  }
  if (phase === 'Failed' || phase === 'Error') {
    return (
      <Alert severity="error">
        <AlertTitle>{t('task.postCheck.failed')}</AlertTitle>
        <Typography variant="body2">{message ?? t('task.postCheck.failedDefault')}</Typography>
        <Typography variant="body2" sx={{ mt: 1 }}>{t('task.postCheck.fix')}</Typography>
      </Alert>
    );
  }
  return <Alert severity="info">{message ? t('task.postCheck.otherMessage', { phase, message }) : t('task.postCheck.other', { phase })}</Alert>;
}

/** After a successful upgrade, CCE's post-check runs once by itself; the user can run it again. */
export function PostCheckSection({ projectId, clusterId, task }: { projectId: string; clusterId: string; task: UpgradeTask }) {
  const t = useT();
  const headingId = useId();
  const body = postCheckBody(clusterId, task);
  const { mutate, data, error, isPending, isIdle } = useCreatePostCheck(projectId, clusterId);
  // Once per view: task re-reads and re-renders must not send it again (a reload may, which CCE tolerates).
  const started = useRef(false);
  useEffect(() => {
    if (started.current || body === null) return;
    started.current = true;
    mutate(body);
  }, [body, mutate]);

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" id={headingId}>{t('task.postCheck.heading')}</Typography>
      {body === null ? (
        <Typography>{t('task.postCheck.invalid')}</Typography>
      ) : (
        <>
          {(isPending || isIdle) && <LoadingState label={t('task.postCheck.running')} />}
          {error && <ErrorState error={error} />}
          {data && !isPending && <PostCheckResult result={data} />}
          <Box>
            <Button variant="outlined" onClick={() => mutate(body)} disabled={isPending || isIdle}>{t('task.postCheck.again')}</Button>
          </Box>
        </>
      )}
    </Box>
  );
}
