import { SIGN_IN_PATH } from '../../shared/bff-api';

/** The BFF's sign-in entry, coming back to `returnTo`; `forceLogin` asks the provider for credentials again (after sign-out). */
export function signInUrl(returnTo: string, { forceLogin = false } = {}): string {
  const params = new URLSearchParams({ returnTo });
  if (forceLogin) params.set('prompt', 'login');
  return `${SIGN_IN_PATH}?${params.toString()}`;
}

/** Leaves the app for sign-in and comes back to this page (the wizard's draft waits in sessionStorage). */
export function goToSignIn(): void {
  window.location.assign(signInUrl(`${window.location.pathname}${window.location.search}`));
}
