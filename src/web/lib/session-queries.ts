import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionSchema } from '../../shared/bff-api';
import { apiFetch } from './api-client';

// In lib, not in features/session: the wizard and the task view read who may submit from it too.
export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: ({ signal }) => apiFetch({ url: '/api/session', schema: sessionSchema, init: { signal } }),
      staleTime: Infinity,
    }),
};

/**
 * Whether to offer Submit and Retry: everyone may without sign-in configured, else operators only.
 * Hiding is a courtesy; the BFF refuses a viewer's submit regardless.
 */
export function useCanSubmit(): boolean {
  const { data } = useQuery(sessionQueries.current());
  return data !== undefined && (data.auth === 'none' || data.user?.canSubmit === true);
}
