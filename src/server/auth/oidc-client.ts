import { z } from 'zod/mini';
import * as oidc from 'openid-client';
import type { AuthConfig } from './auth-config';
import { isLoopbackHost } from './auth-config';

/** What the BFF keeps between sending the browser to the provider and its return: proof the return is ours. */
export const pendingLoginSchema = z.object({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  returnTo: z.string(),
});
export type PendingLogin = z.infer<typeof pendingLoginSchema>;

export interface OidcClient {
  /** A new pending login and the provider URL that starts it (authorization code flow with PKCE S256). */
  startLogin(returnTo: string, options: { forceLogin: boolean }): Promise<{ pending: PendingLogin; url: URL }>;
  /** Redeems the code the provider returned; answers the ID token's claims (plus UserInfo when they lack the role claim). */
  finishLogin(callbackQuery: string, pending: PendingLogin): Promise<Record<string, unknown>>;
}

export function oidcClient(config: AuthConfig): OidcClient {
  let discovered: Promise<oidc.Configuration> | undefined;
  // Discovered on first use, not at start, so the planner starts (and says why sign-in fails) while the provider is down;
  // a failed discovery is forgotten, so the next sign-in tries again.
  const configuration = () => {
    discovered ??= oidc
      .discovery(config.issuer, config.clientId, config.clientSecret, undefined, {
        timeout: 10,
        // Plain http is accepted for a provider on this machine only (local testing); config.ts refuses it elsewhere.
        ...(config.issuer.protocol === 'http:' && isLoopbackHost(config.issuer.hostname) ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  return {
    async startLogin(returnTo, { forceLogin }) {
      const pending: PendingLogin = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(), returnTo };
      const url = oidc.buildAuthorizationUrl(await configuration(), {
        redirect_uri: config.redirectUrl,
        scope: config.scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        ...(forceLogin ? { prompt: 'login' } : {}),
      });
      return { pending, url };
    },

    async finishLogin(callbackQuery, pending) {
      const current = new URL(config.redirectUrl);
      current.search = callbackQuery;
      const tokens = await oidc.authorizationCodeGrant(await configuration(), current, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims: Record<string, unknown> = { ...tokens.claims() };
      const topClaim = config.roleClaim.split('.')[0] ?? config.roleClaim;
      if (claims[topClaim] !== undefined) return claims;
      const userInfo = await oidc.fetchUserInfo(await configuration(), tokens.access_token, String(claims.sub));
      return { ...userInfo, ...claims };
    },
  };
}
