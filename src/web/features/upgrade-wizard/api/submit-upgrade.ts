import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cceRequest } from '../../../lib/cce-client';
import { clusterQueries } from '../../../lib/cluster-queries';
import { saveSubmittedPlan } from '../../../lib/submitted-plans';

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
    onSuccess: (response, { projectId, clusterId, body }) => {
      // The wizard forgets its draft now; the task view predicts waves from exactly what was sent.
      saveSubmittedPlan(response.metadata.uid, { clusterId, body });
      // The cluster's phase and upgrade info change once CCE accepts the task.
      return queryClient.invalidateQueries({ queryKey: clusterQueries.all(projectId) });
    },
  });
}
