import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useEffect, useId, useRef } from 'react';
import type { PostCheck, UpgradeTask } from '../../../../shared/cce-responses';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { postCheckBody, useCreatePostCheck } from '../api/post-check';

function PostCheckResult({ result }: { result: PostCheck }) {
  const { phase, message } = result.status;
  if (phase === 'Success') {
    return (
      <Alert severity="success">
        <AlertTitle>Post-upgrade check passed</AlertTitle>
        {message ?? 'CCE found nothing wrong with the upgraded cluster.'}
      </Alert>
    );
  }
  if (phase === 'Failed' || phase === 'Error') {
    return (
      <Alert severity="error">
        <AlertTitle>Post-upgrade check failed</AlertTitle>
        <Typography variant="body2">{message ?? 'CCE did not say what it found.'}</Typography>
        <Typography variant="body2" sx={{ mt: 1 }}>
          Check the workloads and add-ons it names in the CCE console, fix them, then run the check again.
        </Typography>
      </Alert>
    );
  }
  return <Alert severity="info">CCE reports the check as {phase}{message ? `: ${message}` : ''}. Run it again to see where it stands.</Alert>;
}

/** After a successful upgrade, CCE's post-check runs once by itself; the user can run it again. */
export function PostCheckSection({ projectId, clusterId, task }: { projectId: string; clusterId: string; task: UpgradeTask }) {
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
      <Typography variant="h2" id={headingId}>Post-upgrade check</Typography>
      {body === null ? (
        <Typography>The task does not name valid source and target versions, so the planner cannot run CCE’s post-upgrade check.</Typography>
      ) : (
        <>
          {(isPending || isIdle) && <LoadingState label="Running the post-upgrade check" />}
          {error && <ErrorState error={error} />}
          {data && !isPending && <PostCheckResult result={data} />}
          <Box>
            <Button variant="outlined" onClick={() => mutate(body)} disabled={isPending || isIdle}>Run post-check again</Button>
          </Box>
        </>
      )}
    </Box>
  );
}
