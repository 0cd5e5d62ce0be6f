import { queryOptions } from '@tanstack/react-query';
import { cceRequest } from './cce-client';

export const addonQueries = {
  /** The region's catalogue: the same for every cluster of the project. */
  templates: (projectId: string) =>
    queryOptions({
      queryKey: ['addon-templates', projectId],
      queryFn: ({ signal }) => cceRequest('listAddonTemplates', { projectId, signal }),
      staleTime: 5 * 60_000,
    }),
};
