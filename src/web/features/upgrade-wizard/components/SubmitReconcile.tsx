import { Alert, AlertTitle, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { clusterQueries } from '../../../lib/cluster-queries';
import { findStartedTask } from '../reconcile';
import { useSafeSubmitState, type SafeSubmitState } from '../safe-submit-state';

interface SubmitReconcileProps {
  projectId: string;
  pending: NonNullable<SafeSubmitState['pendingSubmit']>;
  onFound: (taskId: string) => void;
  onSubmitAgain: () => void;
  onKeepPlan: () => void;
}

/**
 * After a submit went unanswered, CCE may still have started the upgrade: look for its task before anything is sent
 * again, and offer a new submit only once CCE's task list shows there is none.
 */
export function SubmitReconcile({ projectId, pending, onFound, onSubmitAgain, onKeepPlan }: SubmitReconcileProps) {
  const { timing } = useSafeSubmitState();
  // After a reload the window may have passed already: CCE is still asked at least once more.
  const [deadline] = useState(() => Math.max(pending.sentAt + timing.reconcileWindowMs, Date.now() + timing.reconcilePollMs));
  const tasks = useQuery({
    ...clusterQueries.upgradeTasks(projectId, pending.clusterId),
    refetchInterval: (query) => {
      const { data, dataUpdatedAt } = query.state;
      const found = data && findStartedTask(data.items, pending.sentAt, pending.targetVersion);
      return found || dataUpdatedAt >= deadline ? false : timing.reconcilePollMs;
    },
  });
  const found = tasks.data && findStartedTask(tasks.data.items, pending.sentAt, pending.targetVersion);
  const none = !found && tasks.isSuccess && tasks.dataUpdatedAt >= deadline;

  // Reported once: the parent's callback may change identity while it navigates away.
  const reported = useRef(false);
  useEffect(() => {
    if (!found || reported.current) return;
    reported.current = true;
    onFound(found.metadata.uid);
  }, [found, onFound]);

  if (none) {
    return (
      <Alert severity="warning" role="alert">
        <AlertTitle>CCE has no upgrade task for this plan</AlertTitle>
        <Typography variant="body2">
          CCE lists no upgrade to {pending.targetVersion} created since you submitted at {new Date(pending.sentAt).toLocaleTimeString()}, so
          the upgrade did not start. You can submit the plan again: it goes out as a new request.
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button variant="contained" size="small" onClick={onSubmitAgain}>Submit again</Button>
          <Button size="small" color="inherit" onClick={onKeepPlan}>Back to the plan</Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert severity="info" role="status" icon={<CircularProgress size={20} aria-label="Looking for the upgrade task" />}>
      <AlertTitle>CCE may have started the upgrade</AlertTitle>
      <Typography variant="body2">
        The planner did not get CCE’s answer to the submit, so the upgrade may be running anyway. Nothing is sent again: the
        planner is looking for the task in CCE’s list of upgrade tasks (for up to {Math.round(timing.reconcileWindowMs / 1000)} seconds).
      </Typography>
      {tasks.isError && (
        <Box sx={{ mt: 1 }}>
          <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} retryLabel="Look again" />
        </Box>
      )}
    </Alert>
  );
}
