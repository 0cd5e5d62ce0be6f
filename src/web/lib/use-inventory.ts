import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildInventory, type PlanningNode, type PlanningPool } from '../../shared/inventory';
import { labelSource } from '../../shared/node-labels';
import { clusterQueries } from './cluster-queries';
import type { LabelReason } from './describe-label-reason';

// Stable empties, so consumers memoizing on pools/nodes do not recompute while loading.
const NO_POOLS: PlanningPool[] = [];
const NO_NODES: PlanningNode[] = [];

export interface Inventory {
  pools: PlanningPool[];
  nodes: PlanningNode[];
  labelSource: 'kubernetes' | 'derived';
  /** Why labels are derived from CCE data rather than read from Kubernetes (worded by describeLabelReason). */
  labelReason?: LabelReason;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

/** What a cluster's inventory is read from: one list for the hook and the prefetch. */
const inventoryQueries = (projectId: string, clusterId: string) =>
  [clusterQueries.nodePools(projectId, clusterId), clusterQueries.nodes(projectId, clusterId), clusterQueries.nodeLabels(projectId, clusterId)] as const;

/**
 * The cluster's pools and nodes with their labels, as the planner reasons about them. A failed label lookup
 * does not block planning: the labels CCE data implies are still known, and labelReason says what went wrong.
 */
export function useInventory(projectId: string, clusterId: string): Inventory {
  const [poolsQuery, nodesQuery, labelsQuery] = inventoryQueries(projectId, clusterId);
  const pools = useQuery(poolsQuery);
  const nodes = useQuery(nodesQuery);
  const labels = useQuery(labelsQuery);
  const labelsSettled = labels.isSuccess || labels.isError;

  const built = useMemo(
    () => (pools.data && nodes.data && labelsSettled ? buildInventory(pools.data.items, nodes.data, labelSource(labels.data)) : undefined),
    [pools.data, nodes.data, labels.data, labelsSettled],
  );

  const { refetch: refetchPools } = pools;
  const { refetch: refetchNodes } = nodes;
  const { refetch: refetchLabels } = labels;
  const refetch = useMemo(
    () => () => void Promise.all([refetchPools(), refetchNodes(), refetchLabels()]),
    [refetchPools, refetchNodes, refetchLabels],
  );

  const source = labels.data?.source ?? 'derived';
  const labelReason: LabelReason | undefined = labels.data?.source === 'derived'
    ? { failure: labels.data.failure, clusterId }
    : labels.isError ? { error: labels.error } : undefined;

  return {
    pools: built?.pools ?? NO_POOLS,
    nodes: built?.nodes ?? NO_NODES,
    labelSource: source,
    ...(labelReason === undefined ? {} : { labelReason }),
    isPending: built === undefined && !pools.isError && !nodes.isError,
    error: pools.error ?? nodes.error,
    refetch,
  };
}

/** Fetches what useInventory reads (the same queries), ahead of the step that shows it. */
export function prefetchInventory(client: QueryClient, projectId: string, clusterId: string): void {
  const [poolsQuery, nodesQuery, labelsQuery] = inventoryQueries(projectId, clusterId);
  void client.prefetchQuery(poolsQuery);
  void client.prefetchQuery(nodesQuery);
  void client.prefetchQuery(labelsQuery);
}
