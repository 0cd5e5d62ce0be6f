import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { RouterLink } from '../../../components/RouterLink';
import { isFinished, POLL_INTERVAL_MS, taskQueries } from '../api/task-queries';
import { TaskOutcome } from './TaskOutcome';
import { TaskProgress } from './TaskProgress';

// Waves, the inventory and the virtualized list load only when a task is shown.
const NodeProgress = lazy(() => import('./NodeProgress').then((module) => ({ default: module.NodeProgress })));

interface TaskViewProps {
  projectId: string;
  clusterId: string;
  taskId: string;
  pollMs?: number;
}

export function TaskView({ projectId, clusterId, taskId, pollMs = POLL_INTERVAL_MS }: TaskViewProps) {
  const task = useQuery(taskQueries.detail(projectId, clusterId, taskId, pollMs));
  return (
    <Stack spacing={3}>
      <Typography variant="h1">Upgrade task</Typography>
      <Typography variant="body2" color="text.secondary">
        Task {taskId} on cluster {clusterId}
      </Typography>
      {task.isPending && <LoadingState label="Loading the upgrade task" />}
      {task.isError && <ErrorState error={task.error} onRetry={() => void task.refetch()} />}
      {task.data && (
        <>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
            <Box component="dt" sx={{ fontWeight: 'bold' }}>Phase</Box>
            <Box component="dd" sx={{ m: 0 }}>
              <span role="status">{task.data.status.phase}</span>
            </Box>
            <Box component="dt" sx={{ fontWeight: 'bold' }}>Version</Box>
            <Box component="dd" sx={{ m: 0 }}>
              {task.data.spec.version ?? 'unknown'} → {task.data.spec.targetVersion ?? 'unknown'}
            </Box>
          </Box>
          <TaskProgress task={task.data} />
          <TaskOutcome task={task.data} />
          <Suspense fallback={<LoadingState label="Loading node progress" />}>
            <NodeProgress projectId={projectId} clusterId={clusterId} taskId={taskId} task={task.data} updatedAt={task.dataUpdatedAt} />
          </Suspense>
          {!isFinished(task.data) && !task.isError && (
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
