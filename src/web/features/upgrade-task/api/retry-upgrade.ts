import { useMutation, useQueryClient } from '@tanstack/react-query';
import { emptyResponseSchema } from '../../../../shared/cce-responses';
import { retryUpgradeSchema } from '../../../../shared/bff-api';
import { postIdempotent } from '../../../lib/idempotent-post';
import { clusterQueries } from '../../../lib/cluster-queries';

export interface RetryInput {
  taskId: string;
  /** One key per retry attempt: the BFF calls CCE at most once for it, however often it is sent. */
  key: string;
}

/** Retries a Failed task through the BFF's audited route (reference §8.3); CCE resumes the same task. */
export function useRetryUpgrade(projectId: string, clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, key }: RetryInput) =>
      postIdempotent({
        url: `/api/clusters/${encodeURIComponent(clusterId)}/upgrade/retry`,
        key,
        body: JSON.stringify(retryUpgradeSchema.parse({ taskId })),
        schema: emptyResponseSchema,
      }),
    // Whatever the answer, the task's phase is what tells whether the retry started.
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterQueries.upgradeTasks(projectId, clusterId).queryKey }),
  });
}
