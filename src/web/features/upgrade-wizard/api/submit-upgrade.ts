import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cceRequest } from '../../../lib/cce-client';
import { clusterQueries } from '../../../lib/cluster-queries';

export interface SubmitUpgradeInput {
  projectId: string;
  clusterId: string;
  /** The exact text the review step shows; posted unchanged. */
  body: string;
}

export function submitUpgrade({ projectId, clusterId, body }: SubmitUpgradeInput) {
  return cceRequest('upgradeCluster', { projectId, params: { cluster_id: clusterId }, body });
}

export function useSubmitUpgrade() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitUpgrade,
    // The cluster's phase and upgrade info change once CCE accepts the task.
    onSuccess: (_, { projectId }) => queryClient.invalidateQueries({ queryKey: clusterQueries.all(projectId) }),
  });
}
