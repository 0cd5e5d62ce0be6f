import { SIGN_IN_PATH } from '../../shared/bff-api';

/** The BFF's sign-in entry, coming back to `returnTo`; `forceLogin` asks the provider for credentials again (after sign-out). */
export function signInUrl(returnTo: string, { forceLogin = false } = {}): string {
  const params = new URLSearchParams({ returnTo });
  if (forceLogin) params.set('prompt', 'login');
  return `${SIGN_IN_PATH}?${params.toString()}`;
}

// True from the moment a person signs out: reads still in flight then find no session, and a sign-in they started
// would win the race against the signed-out page, where the provider (whose own session lives on) signs them in again.
let signingOut = false;

/** Marks a sign-out in progress (or, when it failed, over): until then no request may send the page to sign in. */
export function setSigningOut(value: boolean): void {
  signingOut = value;
}

/** Leaves the app for sign-in and comes back to this page (the wizard's draft waits in sessionStorage). */
export function goToSignIn(): void {
  if (signingOut) return;
  window.location.assign(signInUrl(`${window.location.pathname}${window.location.search}`));
}
