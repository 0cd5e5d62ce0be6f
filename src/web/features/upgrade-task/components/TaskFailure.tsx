import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { NodeNameList } from '../../../components/NodeNameList';
import { translate, useT } from '../../../i18n/parts/task';
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
  const t = useT();
  if (nodesError) {
    return <Typography variant="body2">{t('task.failure.nodesUnreadable', { reason: describeError(nodesError).title })}</Typography>;
  }
  const { abnormal } = snapshot;
  if (abnormal.length === 0) return <Typography variant="body2">{t('task.failure.noAbnormal')}</Typography>;
  return (
    <>
      <Typography variant="body2">{t('task.failure.abnormal', { count: abnormal.length })}</Typography>
      <NodeNameList label={t('task.failure.abnormalList')} nodes={abnormal} />
    </>
  );
}

/** "Reason: … It stopped at …": CCE's reason as CCE sent it, in one whole sentence for each case. */
function reasonText(reason: string | null, stoppedAt: number | undefined): string {
  if (stoppedAt === undefined) return reason === null ? translate('task.failure.noReason') : translate('task.failure.reason', { reason });
  const time = formatLocalTime(stoppedAt);
  return reason === null ? translate('task.failure.noReasonStopped', { time }) : translate('task.failure.reasonStopped', { reason, time });
}

export function TaskFailure({ task, snapshot, nodesError, onRetry, retryInProgress }: TaskFailureProps) {
  const t = useT();
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
  return (
    <Alert severity="error">
      <AlertTitle>{t('task.failure.title')}</AlertTitle>
      <Box sx={{ display: 'grid', gap: 1 }}>
        <Typography variant="body2">{reasonText(failureReason(task), parseCceTime(task.status.completionTime))}</Typography>
        {failedWave !== undefined && failedWave > 0 && (
          <Typography variant="body2">
            {totalWaves ? t('task.failure.stoppedIn', { wave: failedWave, total: totalWaves }) : t('task.failure.stoppedInWave', { wave: failedWave })}
          </Typography>
        )}
        <AbnormalNodes snapshot={snapshot} nodesError={nodesError} />
        <Typography variant="body2">{t('task.failure.next')}</Typography>
        {canRetry ? (
          <Box>
            <Button variant="contained" color="inherit" onClick={() => setAttemptKey(newIdempotencyKey())} disabled={retryInProgress}>
              {t('task.failure.retry')}
            </Button>
          </Box>
        ) : (
          <Typography variant="body2">{t('task.failure.viewer')}</Typography>
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
