import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, type ReactNode } from 'react';
import { isSignedOut, type PlannerSession, SIGNED_OUT_PARAM, signedOutReasonSchema } from '../../../../shared/bff-api';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { sessionQueries } from '../../../lib/session-queries';
import { goToSignIn } from '../../../lib/sign-in';
import { DemoBanner } from './DemoBanner';
import { SignedOut } from './SignedOut';
import { useT } from '../../../i18n/i18n';

function SignInRedirect() {
  const t = useT();
  useEffect(goToSignIn, []);
  return <LoadingState label={t('session.toSignIn')} />;
}

/**
 * Every page needs the project id and must say when it is a simulation, so nothing renders before the session;
 * with sign-in configured, nothing renders signed out either: the browser goes to sign in, or hears why it is back.
 */
export function SessionGate({ children }: { children: (session: PlannerSession) => ReactNode }) {
  const t = useT();
  const session = useQuery(sessionQueries.current());
  // The query's answer arrives as an urgent update, which React renders in one go; the page it opens is the heaviest
  // render of a load. Deferred, that render is interruptible and split into short tasks, so the page stays responsive.
  // What says where the plan goes (the demo banner) is small and shows first, with the answer; for the moment a changed
  // session takes to render, the banner may name the new one above the page of the old.
  const page = useDeferredValue(session.data);
  const data = session.data;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (data === undefined) return <LoadingState label={t('session.connecting')} />;
  if (isSignedOut(data)) {
    const reason = signedOutReasonSchema.safeParse(new URLSearchParams(window.location.search).get(SIGNED_OUT_PARAM));
    return reason.success ? <SignedOut reason={reason.data} /> : <SignInRedirect />;
  }
  return (
    <>
      <DemoBanner session={data} />
      {page === undefined || isSignedOut(page) ? <LoadingState label={t('session.connecting')} /> : children(page)}
    </>
  );
}
