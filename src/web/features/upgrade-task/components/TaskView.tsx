import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { upgradeTaskItems } from '../../../../shared/upgrade-task-items';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { RouterLink } from '../../../components/RouterLink';
import { clusterPath } from '../../../lib/cluster-paths';
import { isOutcomeUnknown } from '../../../lib/idempotent-post';
import { throttleSeconds } from '../../../lib/retry-policy';
import { loadSubmittedPlan } from '../../../lib/submitted-plans';
import { useRetryUpgrade } from '../api/retry-upgrade';
import { isFinished, POLL_INTERVAL_MS, taskQueries } from '../api/task-queries';
import { useRefreshWithTask } from '../api/use-refresh-with-task';
import { AddonStatusSection } from './AddonStatusSection';
import { PostCheckSection } from './PostCheckSection';
import { RetryOutcome } from './RetryOutcome';
import { TaskFailure } from './TaskFailure';
import { TaskOutcome } from './TaskOutcome';
import { TaskProgress } from './TaskProgress';
import { TaskSummary } from './TaskSummary';
import { ThrottleNotice } from './ThrottleNotice';

// Waves, the inventory and the virtualized list load only when a task is shown.
const NodeProgress = lazy(() => import('./NodeProgress').then((module) => ({ default: module.NodeProgress })));

/** How long a Failed task is still polled after a retry before the page concludes the retry did not start. */
const RETRY_WATCH_MINUTES = 2;

interface TaskViewProps {
  projectId: string;
  clusterId: string;
  taskId: string;
  pollMs?: number;
}

export function TaskView({ projectId, clusterId, taskId, pollMs = POLL_INTERVAL_MS }: TaskViewProps) {
  const [plan] = useState(() => loadSubmittedPlan(taskId, clusterId));
  const [watchingRetry, setWatchingRetry] = useState(false);
  const task = useQuery(taskQueries.detail(projectId, clusterId, taskId, { pollMs, watchFailed: watchingRetry }));
  const retry = useRetryUpgrade(projectId, clusterId);
  useRefreshWithTask(projectId, clusterId, task.dataUpdatedAt);

  // The retry shows once the task leaves Failed; if it never does, the watch ends and Retry is offered again.
  if (watchingRetry && task.data && task.data.status.phase !== 'Failed') setWatchingRetry(false);
  useEffect(() => {
    if (!watchingRetry) return;
    const timer = setTimeout(() => setWatchingRetry(false), RETRY_WATCH_MINUTES * 60_000);
    return () => clearTimeout(timer);
  }, [watchingRetry]);

  const sendRetry = (key: string, done: () => void) =>
    retry.mutate(
      { taskId, key },
      {
        onSettled: (_result, error) => {
          done();
          if (!error || isOutcomeUnknown(error)) setWatchingRetry(true);
        },
      },
    );

  const throttled = throttleSeconds(task.failureReason) !== undefined;
  const polling = task.data !== undefined && (!isFinished(task.data) || watchingRetry) && !task.isError;
  const items = task.data ? upgradeTaskItems(task.data) : {};
  const patches = items.addons ?? plan?.request.spec.clusterUpgradeAction.addons ?? (plan ? [] : undefined);
  return (
    <Stack spacing={3}>
      <Typography variant="h1">Upgrade task</Typography>
      <Typography variant="body2" color="text.secondary">
        Task {taskId} on cluster {clusterId}
      </Typography>
      <RouterLink href={clusterPath(clusterId)} sx={{ alignSelf: 'flex-start' }}>All upgrade tasks of this cluster</RouterLink>
      {throttled && <ThrottleNotice error={task.failureReason} />}
      {task.isPending && !throttled && <LoadingState label="Loading the upgrade task" />}
      {task.isError && !throttled && <ErrorState error={task.error} onRetry={() => void task.refetch()} />}
      {task.data && (
        <>
          <TaskSummary task={task.data} />
          <TaskProgress task={task.data} />
          <TaskOutcome task={task.data} />
          {task.data.status.phase === 'Failed' && (
            <TaskFailure
              projectId={projectId}
              clusterId={clusterId}
              task={task.data}
              onRetry={sendRetry}
              retryInProgress={retry.isPending || watchingRetry}
            />
          )}
          {!retry.isIdle && !retry.isPending && <RetryOutcome result={retry.data} error={retry.error} watchMinutes={RETRY_WATCH_MINUTES} />}
          {task.data.status.phase === 'Success' && <PostCheckSection projectId={projectId} clusterId={clusterId} task={task.data} />}
          <AddonStatusSection projectId={projectId} clusterId={clusterId} patches={patches} taskSucceeded={task.data.status.phase === 'Success'} />
          <Suspense fallback={<LoadingState label="Loading node progress" />}>
            <NodeProgress projectId={projectId} clusterId={clusterId} task={task.data} plan={plan} />
          </Suspense>
          {polling && (
            <Typography variant="body2" color="text.secondary">
              This page checks CCE every {Math.round(pollMs / 1000)} seconds; you can leave and come back to this address.
            </Typography>
          )}
        </>
      )}
      <Box>
        <RouterLink href="/">Plan another upgrade</RouterLink>
      </Box>
    </Stack>
  );
}
