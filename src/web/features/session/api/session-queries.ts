import { queryOptions } from '@tanstack/react-query';
import { sessionSchema } from '../../../../shared/bff-api';
import { apiFetch } from '../../../lib/api-client';

export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: ({ signal }) => apiFetch({ url: '/api/session', schema: sessionSchema, init: { signal } }),
      staleTime: Infinity,
    }),
};
