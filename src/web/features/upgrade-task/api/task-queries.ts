import { queryOptions } from '@tanstack/react-query';
import type { PlannerSession } from '../../../../shared/bff-api';
import { isUpgradeTaskFinished, type AddonInstance, type ClusterNode, type UpgradeTask } from '../../../../shared/cce-responses';
import { cceRequest } from '../../../lib/cce-client';
import { clusterQueries, listAllNodes } from '../../../lib/cluster-queries';
import { throttleSeconds } from '../../../lib/retry-policy';

/** Reference §1.5: poll long-running CCE tasks every ≥10 s, as the Terraform provider does. */
export const POLL_INTERVAL_MS = 10_000;
/** The simulator is local and compresses an upgrade into minutes: a faster poll shows every wave. */
export const DEMO_POLL_INTERVAL_MS = 2_000;
export const pollIntervalFor = (mode: PlannerSession['mode']) => (mode === 'demo' ? DEMO_POLL_INTERVAL_MS : POLL_INTERVAL_MS);

export const isFinished = isUpgradeTaskFinished;

export interface PollOptions {
  pollMs?: number;
  /** Keep polling a Failed task: a retry was sent and CCE may not show it yet. */
  watchFailed?: boolean;
}

/** A list read beside the task: its items, or why it could not be read (the task is still shown). */
export type SideRead<T> = { ok: true; items: T[] } | { ok: false; error: Error };

/**
 * One poll: the task, the node list and the add-on instances read together, so every number the page shows comes from
 * the same moment. Only the task is required; a failed list read is kept as its error for its own section.
 */
export interface TaskPoll {
  task: UpgradeTask;
  nodes: SideRead<ClusterNode>;
  addons: SideRead<AddonInstance>;
}

const settle = async <T>(read: Promise<T[]>): Promise<SideRead<T>> => {
  try {
    return { ok: true, items: await read };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
};

export const taskQueries = {
  detail: (projectId: string, clusterId: string, taskId: string, { pollMs = POLL_INTERVAL_MS, watchFailed = false }: PollOptions = {}) =>
    queryOptions({
      // Under the cluster's task list key, so the retry's invalidation re-reads this poll too.
      queryKey: [...clusterQueries.upgradeTasks(projectId, clusterId).queryKey, taskId, 'poll'],
      queryFn: async ({ signal }): Promise<TaskPoll> => {
        const nodes = settle(listAllNodes(projectId, clusterId, signal));
        const addons = settle(
          cceRequest('listAddonInstances', { projectId, query: { cluster_id: clusterId }, signal }).then((list) => list.items),
        );
        const task = await cceRequest('showUpgradeTask', { projectId, params: { cluster_id: clusterId, task_id: taskId }, signal });
        return { task, nodes: await nodes, addons: await addons };
      },
      refetchInterval: (query) => {
        const { status, error, data } = query.state;
        // Throttled: ask again when CCE said to. Any other error pauses polling until the user retries.
        if (status === 'error') {
          const wait = throttleSeconds(error);
          return wait === undefined ? false : wait * 1000;
        }
        if (!isFinished(data?.task)) return pollMs;
        return data?.task.status.phase === 'Failed' && watchFailed ? pollMs : false;
      },
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

/** Task status carries undocumented extras; the failure is read from whichever of them CCE filled in, reason first. */
export function failureReason(task: UpgradeTask): string | null {
  const status: Record<string, unknown> = task.status;
  const texts = ['reason', 'Reason', 'message', 'errorMessage']
    .map((key) => status[key])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  return texts.length > 0 ? [...new Set(texts)].join(' — ') : null;
}
