import { Alert, AlertTitle, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { sendAgainReasonSchema } from '../../../../shared/bff-api';
import { ErrorState } from '../../../components/ErrorState';
import { clusterQueries } from '../../../lib/cluster-queries';
import { findStartedTask } from '../reconcile';
import { useSafeSubmitState, type SafeSubmitState } from '../safe-submit-state';

interface SubmitReconcileProps {
  projectId: string;
  pending: NonNullable<SafeSubmitState['pendingSubmit']>;
  onFound: (taskId: string) => void;
  /** With the person's reason: the BFF sends a plan whose earlier send is unknown only with one. */
  onSubmitAgain: (reason: string) => void;
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

  if (none) return <NoTaskFound pending={pending} onSubmitAgain={onSubmitAgain} onKeepPlan={onKeepPlan} />;
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

/** CCE shows no task: the plan may go out again, but only as a person's decision, with the reason the audit log keeps. */
function NoTaskFound({ pending, onSubmitAgain, onKeepPlan }: Pick<SubmitReconcileProps, 'pending' | 'onSubmitAgain' | 'onKeepPlan'>) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    const parsed = sendAgainReasonSchema.safeParse(reason);
    if (parsed.success) onSubmitAgain(parsed.data);
    else setProblem('Say in at least 10 characters why the plan may be sent again (for example, what you checked in CCE).');
  };
  // This sits inside the wizard's form (a form cannot nest): Enter here submits the reason, not the wizard.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    submit();
  };
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>CCE has no upgrade task for this plan</AlertTitle>
      <Typography variant="body2">
        CCE lists no upgrade to {pending.targetVersion} created since the plan was sent at {new Date(pending.sentAt).toLocaleTimeString()}, so
        the upgrade did not start. You can submit the plan again: it goes out as a new request, with your reason in the audit log.
      </Typography>
      <Box role="group" aria-label="Send the plan again" sx={{ mt: 1 }}>
        <TextField
          label="Why send it again?"
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
          error={problem !== null}
          helperText={problem ?? 'Kept in the audit log with the submit.'}
          size="small"
          fullWidth
          autoComplete="off"
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button variant="contained" size="small" onClick={submit}>Submit again</Button>
          <Button size="small" color="inherit" onClick={onKeepPlan}>Back to the plan</Button>
        </Stack>
      </Box>
    </Alert>
  );
}
