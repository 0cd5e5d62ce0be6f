import { useQuery } from '@tanstack/react-query';
import { isSignedOut } from '../../../shared/bff-api';
import { sessionQueries } from '../../lib/session-queries';

/**
 * How many other operators must approve a saved plan before it may be submitted (the BFF's APPROVALS_REQUIRED).
 * Read beside useCanSubmit, which keeps the review step's actions hidden until the session is known.
 */
export function useApprovalsRequired(): number {
  const { data } = useQuery(sessionQueries.current());
  return data === undefined || isSignedOut(data) ? 0 : data.approvalsRequired;
}
