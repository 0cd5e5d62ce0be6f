import { queryOptions, useMutation } from '@tanstack/react-query';
import { isPreCheckFinished } from '../../../../shared/pre-check';
import { preCheckRequestSchema, type PreCheckRequest } from '../../../../shared/check-requests';
import { cceRequest } from '../../../lib/cce-client';
import { clusterQueries } from '../../../lib/cluster-queries';

export const preCheckQueries = {
  task: (projectId: string, clusterId: string, taskId: string, pollMs: number) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'precheck', taskId],
      queryFn: ({ signal }) => cceRequest('showPreCheck', { projectId, params: { cluster_id: clusterId, task_id: taskId }, signal }),
      // A finished check does not change; until then CCE is asked again, as the check takes seconds.
      refetchInterval: (query) => (query.state.data && isPreCheckFinished(query.state.data) ? false : pollMs),
      staleTime: Infinity,
    }),
};

// Not cluster-specific, and they change only with CCE releases.
export const upgradePathsQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['upgrade-paths', projectId],
    queryFn: ({ signal }) => cceRequest('listUpgradePaths', { projectId, signal }),
    staleTime: Infinity,
  });

export interface CreatePreCheckInput {
  projectId: string;
  request: PreCheckRequest;
}

/** Starts a pre-check; the body is validated with the shared schema before it leaves, as the BFF will. */
export function useCreatePreCheck() {
  return useMutation({
    mutationFn: ({ projectId, request }: CreatePreCheckInput) =>
      cceRequest('createPreCheck', {
        projectId,
        params: { cluster_id: request.spec.clusterID },
        body: JSON.stringify(preCheckRequestSchema.parse(request)),
      }),
  });
}
