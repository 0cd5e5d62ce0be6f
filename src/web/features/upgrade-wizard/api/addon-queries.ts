import { queryOptions } from '@tanstack/react-query';
import { cceRequest } from '../../../lib/cce-client';
import { clusterQueries } from '../../../lib/cluster-queries';

export const addonQueries = {
  /** Under the cluster's key, so refreshing a cluster after an upgrade refreshes its add-ons too. */
  instances: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'addons'],
      queryFn: ({ signal }) => cceRequest('listAddonInstances', { projectId, query: { cluster_id: clusterId }, signal }),
    }),
  /** The region's catalogue: the same for every cluster of the project. */
  templates: (projectId: string) =>
    queryOptions({
      queryKey: ['addon-templates', projectId],
      queryFn: ({ signal }) => cceRequest('listAddonTemplates', { projectId, signal }),
      staleTime: 5 * 60_000,
    }),
};
