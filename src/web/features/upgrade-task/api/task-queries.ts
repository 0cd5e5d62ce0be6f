import { queryOptions } from '@tanstack/react-query';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { cceRequest } from '../../../lib/cce-client';

export const POLL_INTERVAL_MS = 2000;

export const isFinished = (task: UpgradeTask | undefined): boolean =>
  task?.status.phase === 'Success' || task?.status.phase === 'Failed';

export const taskQueries = {
  all: (projectId: string, clusterId: string) => ['clusters', projectId, clusterId, 'upgrade-tasks'] as const,
  detail: (projectId: string, clusterId: string, taskId: string, pollMs = POLL_INTERVAL_MS) =>
    queryOptions({
      queryKey: [...taskQueries.all(projectId, clusterId), taskId],
      queryFn: ({ signal }) =>
        cceRequest('showUpgradeTask', { projectId, params: { cluster_id: clusterId, task_id: taskId }, signal }),
      // Poll until CCE reports an end state; an error pauses polling until the user retries.
      refetchInterval: (query) => (query.state.status === 'error' || isFinished(query.state.data) ? false : pollMs),
      refetchIntervalInBackground: true,
      staleTime: 0,
    }),
};

/** CCE documents progress only as a string; "45%" becomes 45, anything else stays text. */
export function parseProgress(progress: string | undefined): number | null {
  const match = progress?.trim().match(/^(\d{1,3}(?:\.\d+)?)\s*%$/);
  if (!match) return null;
  const value = Number(match[1]);
  return value <= 100 ? value : null;
}

/** Task status carries undocumented extras; a failure reason is read from whichever of them CCE filled in. */
export function failureReason(task: UpgradeTask): string | null {
  const status: Record<string, unknown> = task.status;
  for (const key of ['message', 'reason', 'Reason', 'errorMessage']) {
    const value = status[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}
