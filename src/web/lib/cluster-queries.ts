import { queryOptions } from '@tanstack/react-query';
import type { ClusterNode } from '../../shared/cce-responses';
import { nodeLabelsSchema } from '../../shared/node-labels';
import { apiFetch } from './api-client';
import { cceRequest } from './cce-client';

// CCE's largest page; a 2,000-node cluster then costs one request.
const NODE_PAGE_SIZE = '2000';

/** Every node of the cluster: CCE pages its node list, so follow nextMarker until it runs out. */
export async function listAllNodes(projectId: string, clusterId: string, signal: AbortSignal): Promise<ClusterNode[]> {
  const nodes: ClusterNode[] = [];
  let marker: string | undefined;
  do {
    const page = await cceRequest('listNodes', {
      projectId,
      params: { cluster_id: clusterId },
      query: { limit: NODE_PAGE_SIZE, ...(marker ? { marker } : {}) },
      signal,
    });
    nodes.push(...page.items);
    marker = page.pageInfo?.nextMarker || undefined;
  } while (marker);
  return nodes;
}

// Keys run general → specific so invalidating ['clusters', projectId] refreshes everything about a project.
export const clusterQueries = {
  all: (projectId: string) => ['clusters', projectId] as const,
  list: (projectId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), 'list'],
      // detail=true puts each cluster's node total in its annotations: the cluster list needs no node listing per cluster.
      queryFn: ({ signal }) => cceRequest('listClusters', { projectId, query: { detail: 'true' }, signal }),
    }),
  detail: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId],
      queryFn: ({ signal }) => cceRequest('showCluster', { projectId, params: { cluster_id: clusterId }, signal }),
    }),
  upgradeInfo: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'upgradeinfo'],
      queryFn: ({ signal }) => cceRequest('showUpgradeInfo', { projectId, params: { cluster_id: clusterId }, signal }),
    }),
  nodePools: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'nodepools'],
      queryFn: ({ signal }) =>
        cceRequest('listNodePools', { projectId, params: { cluster_id: clusterId }, query: { showDefaultNodePool: 'true' }, signal }),
    }),
  /** All pages of the node list, as one array. */
  nodes: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'nodes'],
      queryFn: ({ signal }) => listAllNodes(projectId, clusterId, signal),
    }),
  /** The add-on instances installed on the cluster, with their live status. */
  addons: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'addons'],
      queryFn: ({ signal }) => cceRequest('listAddonInstances', { projectId, query: { cluster_id: clusterId }, signal }),
    }),
  /**
   * The cluster's upgrade tasks, never from a cache: the wizard reads them to find the task an unanswered submit may
   * have started, and a single task's key extends this one, so invalidating it refreshes every task view too.
   */
  upgradeTasks: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'upgrade-tasks'],
      queryFn: ({ signal }) => cceRequest('listUpgradeTasks', { projectId, params: { cluster_id: clusterId }, signal }),
      staleTime: 0,
    }),
  /** Where node labels come from: the cluster's Kubernetes API, or derived from CCE data (with the reason). */
  nodeLabels: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'node-labels'],
      queryFn: ({ signal }) =>
        apiFetch({ url: `/api/clusters/${encodeURIComponent(clusterId)}/node-labels`, schema: nodeLabelsSchema, init: { signal } }),
    }),
};
