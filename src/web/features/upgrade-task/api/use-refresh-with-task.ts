import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { clusterQueries } from '../../../lib/cluster-queries';

/**
 * Node phases and add-on states change as the task runs: re-read them whenever the task is re-read, so they poll with
 * it and stop with it. Only lists on screen refetch, and one already in flight is not restarted.
 */
export function useRefreshWithTask(projectId: string, clusterId: string, taskUpdatedAt: number) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (taskUpdatedAt === 0) return;
    for (const { queryKey } of [clusterQueries.nodes(projectId, clusterId), clusterQueries.addons(projectId, clusterId)]) {
      void queryClient.invalidateQueries({ queryKey, exact: true }, { cancelRefetch: false });
    }
  }, [queryClient, projectId, clusterId, taskUpdatedAt]);
}
