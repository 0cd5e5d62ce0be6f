import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { NodeNameList } from '../../../components/NodeNameList';
import { describeError } from '../../../lib/describe-error';
import { parseCceTime } from '../../../../shared/cce-time';
import { formatLocalTime } from '../../../lib/format-time';
import { newIdempotencyKey } from '../../../lib/idempotent-post';
import { useCanSubmit } from '../../../lib/session-queries';
import { failureReason } from '../api/task-queries';
import type { TaskSnapshot } from '../task-snapshot';
import { RetryDialog } from './RetryDialog';

interface TaskFailureProps {
  task: UpgradeTask;
  /** The same poll's snapshot the rest of the page shows: the failed wave and the Abnormal nodes come from it. */
  snapshot: TaskSnapshot;
  /** Why the node list of this poll could not be read, if it could not. */
  nodesError: Error | null;
  /** Sends the retry with this attempt's key and calls `done` once CCE's answer (or its absence) is known. */
  onRetry: (key: string, done: () => void) => void;
  /** A retry was sent and the page is waiting to see the task move: no second one is offered meanwhile. */
  retryInProgress: boolean;
}

/** The nodes CCE reports Abnormal: where a failed wave left its mark. */
function AbnormalNodes({ snapshot, nodesError }: Pick<TaskFailureProps, 'snapshot' | 'nodesError'>) {
  if (nodesError) {
    return <Typography variant="body2">The node list could not be read ({describeError(nodesError).title}), so Abnormal nodes are not shown.</Typography>;
  }
  const { abnormal } = snapshot;
  if (abnormal.length === 0) return <Typography variant="body2">CCE reports no node as Abnormal.</Typography>;
  return (
    <>
      <Typography variant="body2">CCE reports {abnormal.length === 1 ? 'this node' : `these ${abnormal.length} nodes`} as Abnormal:</Typography>
      <NodeNameList label="Abnormal nodes" nodes={abnormal} />
    </>
  );
}

export function TaskFailure({ task, snapshot, nodesError, onRetry, retryInProgress }: TaskFailureProps) {
  const { failedWave, totalWaves } = snapshot;
  // The key is made when the dialog opens and kept until it closes, so a double click sends one retry under one key.
  const [attemptKey, setAttemptKey] = useState<string | null>(null);
  const sending = useRef(false);
  const [pending, setPending] = useState(false);
  const canRetry = useCanSubmit();
  const confirm = () => {
    if (attemptKey === null || sending.current) return;
    sending.current = true;
    setPending(true);
    onRetry(attemptKey, () => {
      sending.current = false;
      setPending(false);
      setAttemptKey(null);
    });
  };
  const stoppedAt = parseCceTime(task.status.completionTime);
  const finishedAt = stoppedAt === undefined ? '' : ` It stopped at ${formatLocalTime(stoppedAt)}.`;
  return (
    <Alert severity="error">
      <AlertTitle>Upgrade failed</AlertTitle>
      <Box sx={{ display: 'grid', gap: 1 }}>
        <Typography variant="body2">Reason: {failureReason(task) ?? 'CCE did not give a reason.'}{finishedAt}</Typography>
        {failedWave !== undefined && failedWave > 0 && (
          <Typography variant="body2">The upgrade stopped in wave {failedWave}{totalWaves ? ` of ${totalWaves}` : ''}.</Typography>
        )}
        <AbnormalNodes snapshot={snapshot} nodesError={nodesError} />
        <Typography variant="body2">
          What to do next: fix the cause CCE names above (for example drain blockers or Abnormal nodes, in the CCE console or with
          kubectl), then retry. Retry resumes this task; to change the plan instead, plan a new upgrade.
        </Typography>
        {canRetry ? (
          <Box>
            <Button variant="contained" color="inherit" onClick={() => setAttemptKey(newIdempotencyKey())} disabled={retryInProgress}>
              Retry the upgrade…
            </Button>
          </Box>
        ) : (
          <Typography variant="body2">You are signed in as a viewer: ask an operator to retry.</Typography>
        )}
      </Box>
      <RetryDialog
        open={attemptKey !== null}
        taskId={task.metadata.uid}
        failedWave={failedWave}
        sending={pending}
        onConfirm={confirm}
        onClose={() => setAttemptKey(null)}
      />
    </Alert>
  );
}
