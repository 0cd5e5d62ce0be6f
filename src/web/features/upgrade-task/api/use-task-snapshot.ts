import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { buildInventory, type PlanningPool } from '../../../../shared/inventory';
import { labelSource } from '../../../../shared/node-labels';
import { computeWaves } from '../../../../shared/waves';
import { clusterQueries } from '../../../lib/cluster-queries';
import type { SubmittedPlan } from '../../../lib/submitted-plans';
import { deriveTaskSnapshot, type TaskSnapshot } from '../task-snapshot';
import { taskQueries, type PollOptions } from './task-queries';

const NO_POOLS: PlanningPool[] = [];

/**
 * The task poll and what is derived from it, once per poll. Pools and labels change only when someone edits the
 * cluster, so they are read once; node phases come only from the poll, never from another read.
 */
export function useTaskSnapshot(projectId: string, clusterId: string, taskId: string, plan: SubmittedPlan | null, options: PollOptions) {
  const poll = useQuery(taskQueries.detail(projectId, clusterId, taskId, options));
  const pools = useQuery(clusterQueries.nodePools(projectId, clusterId));
  const labels = useQuery(clusterQueries.nodeLabels(projectId, clusterId));
  // Between two waves no node is Upgrading: the furthest wave seen keeps the waves before it done.
  const [reached, setReached] = useState(0);
  const settled = (pools.isSuccess || pools.isError) && (labels.isSuccess || labels.isError);
  const action = plan?.request.spec.clusterUpgradeAction;

  const derived = useMemo(() => {
    if (!poll.data || !settled) return undefined;
    const nodes = poll.data.nodes.ok ? poll.data.nodes.items : [];
    const inventory = buildInventory(pools.data?.items ?? [], nodes, labelSource(labels.data));
    const waves = action && pools.data && poll.data.nodes.ok ? computeWaves(inventory.pools, inventory.nodes, action) : undefined;
    const snapshot: TaskSnapshot = deriveTaskSnapshot({ task: poll.data.task, nodes: inventory.nodes, waves, reached });
    return { snapshot, pools: inventory.pools };
  }, [poll.data, settled, pools.data, labels.data, action, reached]);

  if (derived && derived.snapshot.reached > reached) setReached(derived.snapshot.reached);

  return {
    poll,
    snapshot: derived?.snapshot,
    pools: derived?.pools ?? NO_POOLS,
    poolsError: pools.error,
    refetchPools: () => void pools.refetch(),
  };
}
