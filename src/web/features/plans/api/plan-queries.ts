import { queryOptions } from '@tanstack/react-query';
import { planDetailSchema, planListSchema, revisionSchema } from '../../../../shared/plans-api';
import { apiFetch } from '../../../lib/api-client';

const planUrl = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
export const revisionUrl = (planId: string, revision: number) => `${planUrl(planId)}/revisions/${revision}`;

// Keys run general → specific: invalidating ['plans', id] refreshes the plan and every revision read of it.
export const planQueries = {
  all: () => ['plans'] as const,
  list: () =>
    queryOptions({
      queryKey: [...planQueries.all(), 'list'],
      queryFn: ({ signal }) => apiFetch({ url: '/api/plans', schema: planListSchema, init: { signal } }),
    }),
  detail: (planId: string) =>
    queryOptions({
      queryKey: [...planQueries.all(), planId],
      queryFn: ({ signal }) => apiFetch({ url: planUrl(planId), schema: planDetailSchema, init: { signal } }),
    }),
  /** A revision never changes once saved, so it is read once. */
  revision: (planId: string, revision: number) =>
    queryOptions({
      queryKey: [...planQueries.all(), planId, 'revisions', revision],
      queryFn: ({ signal }) => apiFetch({ url: revisionUrl(planId, revision), schema: revisionSchema, init: { signal } }),
      staleTime: Infinity,
    }),
};
