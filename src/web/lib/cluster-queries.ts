import { queryOptions } from '@tanstack/react-query';
import { cceRequest } from '../../../lib/cce-client';

// Keys run general → specific so invalidating ['clusters', projectId] refreshes everything about a project.
export const clusterQueries = {
  all: (projectId: string) => ['clusters', projectId] as const,
  list: (projectId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), 'list'],
      queryFn: ({ signal }) => cceRequest('listClusters', { projectId, signal }),
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
  nodes: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'nodes'],
      queryFn: ({ signal }) => cceRequest('listNodes', { projectId, params: { cluster_id: clusterId }, signal }),
    }),
};
