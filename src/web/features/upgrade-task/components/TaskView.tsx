import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { DEFAULT_ASSUMPTIONS, estimateUpgrade } from '../../../../shared/duration-model';
import { upgradeTaskItems } from '../../../../shared/upgrade-task-items';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { RouterLink } from '../../../components/RouterLink';
import { Trans, useT } from '../../../i18n/parts/task';
import { clusterPath } from '../../../lib/cluster-paths';
import { clusterQueries } from '../../../lib/cluster-queries';
import { isOutcomeUnknown } from '../../../lib/idempotent-post';
import { throttleSeconds } from '../../../lib/retry-policy';
import { loadSubmittedPlan } from '../../../lib/submitted-plans';
import { useMeasuredWaves } from '../../../lib/upgrade-duration-queries';
import { useRetryUpgrade } from '../api/retry-upgrade';
import { isFinished, POLL_INTERVAL_MS } from '../api/task-queries';
import { useTaskSnapshot } from '../api/use-task-snapshot';
import { AddonStatusSection } from './AddonStatusSection';
import { PostCheckSection } from './PostCheckSection';
import { RetryOutcome } from './RetryOutcome';
import { TaskFailure } from './TaskFailure';
import { TaskOutcome } from './TaskOutcome';
import { TaskProgress } from './TaskProgress';
import { TaskSummary } from './TaskSummary';
import { TaskTiming } from './TaskTiming';
import { ThrottleNotice } from './ThrottleNotice';
import { PageHeading } from '../../../components/PageHeading';

// The virtualized wave list loads only when a task is shown.
const NodeProgress = lazy(() => import('./NodeProgress').then((module) => ({ default: module.NodeProgress })));

/** How long a Failed task is still polled after a retry before the page concludes the retry did not start. */
const RETRY_WATCH_MINUTES = 2;

interface TaskViewProps {
  projectId: string;
  clusterId: string;
  taskId: string;
  pollMs?: number;
  /** The clock the elapsed time and the estimate read; tests pass their own. */
  now?: () => number;
  /** How often the elapsed time ticks while the task runs. */
  tickMs?: number;
}

/** The cluster by its name; its id stays beside it as secondary text, for support and the CCE console. */
function ClusterLine({ projectId, clusterId, taskId }: { projectId: string; clusterId: string; taskId: string }) {
  const t = useT();
  const cluster = useQuery(clusterQueries.detail(projectId, clusterId));
  return (
    <Box>
      <Typography>
        {cluster.data ? (
          <Trans id="task.view.cluster" values={{ name: cluster.data.metadata.name }} components={{ 0: <Box component="strong" /> }} />
        ) : cluster.isError ? (
          t('task.view.clusterUnreadable')
        ) : (
          t('task.view.clusterLoading')
        )}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {t('task.view.ids', { clusterId, taskId })}
      </Typography>
    </Box>
  );
}

export function TaskView({ projectId, clusterId, taskId, pollMs = POLL_INTERVAL_MS, now = Date.now, tickMs = 1000 }: TaskViewProps) {
  const t = useT();
  const [plan] = useState(() => loadSubmittedPlan(taskId, clusterId));
  const [watchingRetry, setWatchingRetry] = useState(false);
  const { poll, snapshot, pools, poolsError, refetchPools } = useTaskSnapshot(projectId, clusterId, taskId, plan, { pollMs, watchFailed: watchingRetry });
  const measured = useMeasuredWaves(projectId, clusterId);
  const retry = useRetryUpgrade(projectId, clusterId);
  const task = poll.data?.task;

  // The retry shows once the task leaves Failed; if it never does, the watch ends and Retry is offered again.
  if (watchingRetry && task && task.status.phase !== 'Failed') setWatchingRetry(false);
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

  const throttled = throttleSeconds(poll.failureReason) !== undefined;
  const polling = task !== undefined && (!isFinished(task) || watchingRetry) && !poll.isError;
  const items = task ? upgradeTaskItems(task) : {};
  const patches = items.addons ?? plan?.request.spec.clusterUpgradeAction.addons ?? (plan ? [] : undefined);
  // Add-ons CCE moves by itself (the simulator lists them) take their time after the cluster too.
  const automatic = items['automaticAddons'];
  const addonCount = (patches?.length ?? 0) + (Array.isArray(automatic) ? automatic.length : 0);
  const plannedWaves = snapshot?.waves;
  const estimate = useMemo(
    () =>
      plannedWaves
        ? estimateUpgrade(
            plannedWaves.map(({ wave }) => wave),
            addonCount,
            { ...DEFAULT_ASSUMPTIONS, ...(measured.data ? { measuredWave: measured.data } : {}) },
            // The post-check is the user's step after the task ends, not part of the task.
            { controlPlane: true, postCheck: false },
          )
        : undefined,
    [plannedWaves, addonCount, measured.data],
  );

  return (
    <Stack spacing={3}>
      {/* Arriving here (after a submit, or from an address) puts the keyboard on the page's heading. */}
      <PageHeading>{t('page.task')}</PageHeading>
      <ClusterLine projectId={projectId} clusterId={clusterId} taskId={taskId} />
      <RouterLink href={clusterPath(clusterId)} sx={{ alignSelf: 'flex-start' }}>{t('task.view.allTasks')}</RouterLink>
      {throttled && <ThrottleNotice error={poll.failureReason} />}
      {poll.isPending && !throttled && <LoadingState label={t('loading.task')} />}
      {poll.isError && !throttled && <ErrorState error={poll.error} onRetry={() => void poll.refetch()} />}
      {task && !snapshot && <LoadingState label={t('task.view.loadingPools')} />}
      {poll.data && task && snapshot && (
        <>
          <TaskSummary task={task} snapshot={snapshot} />
          <TaskTiming task={task} snapshot={snapshot} estimate={estimate} now={now} tickMs={tickMs} />
          <TaskProgress task={task} />
          <TaskOutcome task={task} />
          {snapshot.failed && (
            <TaskFailure
              task={task}
              snapshot={snapshot}
              nodesError={poll.data.nodes.ok ? null : poll.data.nodes.error}
              onRetry={sendRetry}
              retryInProgress={retry.isPending || watchingRetry}
            />
          )}
          {!retry.isIdle && !retry.isPending && <RetryOutcome result={retry.data} error={retry.error} watchMinutes={RETRY_WATCH_MINUTES} />}
          {snapshot.succeeded && <PostCheckSection projectId={projectId} clusterId={clusterId} task={task} />}
          <AddonStatusSection addons={poll.data.addons} onRetry={() => void poll.refetch()} patches={patches} taskSucceeded={snapshot.succeeded} />
          <Suspense fallback={<LoadingState label={t('task.view.loadingNodes')} />}>
            <NodeProgress
              snapshot={snapshot}
              pools={pools}
              planned={plan !== null}
              error={poll.data.nodes.ok ? poolsError : poll.data.nodes.error}
              onRetry={() => {
                refetchPools();
                void poll.refetch();
              }}
            />
          </Suspense>
          {polling && (
            <Typography variant="body2" color="text.secondary">
              {t('task.view.polling', { seconds: Math.round(pollMs / 1000) })}
            </Typography>
          )}
        </>
      )}
      <Box>
        <RouterLink href="/">{t('task.view.planAnother')}</RouterLink>
      </Box>
    </Stack>
  );
}
