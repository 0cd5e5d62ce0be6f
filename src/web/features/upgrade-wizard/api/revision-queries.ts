import { queryOptions } from '@tanstack/react-query';
import { revisionSchema } from '../../../../shared/plans-api';
import { apiFetch } from '../../../lib/api-client';

// The wizard reads a saved revision only to seed a new one from it; the plan pages own everything else about plans.
export const revisionQueries = {
  detail: (planId: string, revision: number) =>
    queryOptions({
      queryKey: ['plans', planId, 'revisions', revision],
      queryFn: ({ signal }) =>
        apiFetch({ url: `/api/plans/${encodeURIComponent(planId)}/revisions/${revision}`, schema: revisionSchema, init: { signal } }),
      // A revision never changes once saved.
      staleTime: Infinity,
    }),
};
