import { useMutation } from '@tanstack/react-query';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { postCheckRequestSchema } from '../../../../shared/check-requests';
import { cceRequest } from '../../../lib/cce-client';

/** The CreatePostCheck body for a finished task (reference §9), or null when the task does not name valid versions. */
export function postCheckBody(clusterId: string, task: UpgradeTask): string | null {
  const parsed = postCheckRequestSchema.safeParse({
    apiVersion: 'v3',
    kind: 'PostCheckTask',
    spec: { clusterID: clusterId, clusterVersion: task.spec.version, targetVersion: task.spec.targetVersion },
  });
  return parsed.success ? JSON.stringify(parsed.data) : null;
}

/** CCE answers the post-check synchronously and it is idempotent there, so running it again is safe. */
export function useCreatePostCheck(projectId: string, clusterId: string) {
  return useMutation({
    mutationFn: (body: string) => cceRequest('createPostCheck', { projectId, params: { cluster_id: clusterId }, body }),
  });
}
