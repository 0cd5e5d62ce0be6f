import { Alert, AlertTitle, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { sendAgainReasonSchema } from '../../../../shared/bff-api';
import { ErrorState } from '../../../components/ErrorState';
import { clusterQueries } from '../../../lib/cluster-queries';
import { findStartedTask } from '../reconcile';
import { useSafeSubmitState, type SafeSubmitState } from '../safe-submit-state';
import { formatLocalTime } from '../../../lib/format-time';
import { useT } from '../../../i18n/parts/review';

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
  const t = useT();
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
    <Alert severity="info" role="status" icon={<CircularProgress size={20} aria-label={t('review.reconcile.looking')} />}>
      <AlertTitle>{t('review.reconcile.title')}</AlertTitle>
      <Typography variant="body2">
        {t('review.reconcile.body', { seconds: Math.round(timing.reconcileWindowMs / 1000) })}
      </Typography>
      {tasks.isError && (
        <Box sx={{ mt: 1 }}>
          <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} retryLabel={t('review.reconcile.lookAgain')} />
        </Box>
      )}
    </Alert>
  );
}

/** CCE shows no task: the plan may go out again, but only as a person's decision, with the reason the audit log keeps. */
function NoTaskFound({ pending, onSubmitAgain, onKeepPlan }: Pick<SubmitReconcileProps, 'pending' | 'onSubmitAgain' | 'onKeepPlan'>) {
  const t = useT();
  const [reason, setReason] = useState('');
  // Whether the reason was refused; said at render, so a switch of language re-words it.
  const [refused, setRefused] = useState(false);
  const submit = () => {
    const parsed = sendAgainReasonSchema.safeParse(reason);
    if (parsed.success) onSubmitAgain(parsed.data);
    else setRefused(true);
  };
  // This sits inside the wizard's form (a form cannot nest): Enter here submits the reason, not the wizard.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    submit();
  };
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>{t('review.reconcile.noTaskTitle')}</AlertTitle>
      <Typography variant="body2">
        {t('review.reconcile.noTaskBody', { version: pending.targetVersion, time: formatLocalTime(pending.sentAt) })}
      </Typography>
      <Box role="group" aria-label={t('review.reconcile.sendAgain')} sx={{ mt: 1 }}>
        <TextField
          label={t('review.reconcile.reasonLabel')}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setRefused(false);
          }}
          onKeyDown={onKeyDown}
          error={refused}
          helperText={t(refused ? 'review.reconcile.reasonShort' : 'review.reconcile.reasonHelp')}
          size="small"
          fullWidth
          autoComplete="off"
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button variant="contained" size="small" onClick={submit}>{t('review.reconcile.submitAgain')}</Button>
          <Button size="small" color="inherit" onClick={onKeepPlan}>{t('review.reconcile.back')}</Button>
        </Stack>
      </Box>
    </Alert>
  );
}
