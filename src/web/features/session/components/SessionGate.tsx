import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Session } from '../../../../shared/bff-api';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { sessionQueries } from '../api/session-queries';
import { DemoBanner } from './DemoBanner';

/** Every page needs the project id and must say when it is a simulation, so nothing renders before the session. */
export function SessionGate({ children }: { children: (session: Session) => ReactNode }) {
  const session = useQuery(sessionQueries.current());
  if (session.isPending) return <LoadingState label="Connecting to the planner’s server" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  return (
    <>
      <DemoBanner session={session.data} />
      {children(session.data)}
    </>
  );
}
