import type { FastifyPluginAsync, preHandlerAsyncHookHandler } from 'fastify';
import { CALLBACK_PATH, SIGN_IN_PATH, SIGN_OUT_PATH, SIGNED_OUT_PARAM, type SignedOutReason } from '../../shared/bff-api';
import type { AuthConfig } from './auth-config';
import { expired, LOGIN_COOKIE, loginCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import type { OidcClient, PendingLogin } from './oidc-client';
import type { AuthenticatedUser } from './roles';
import { userFromClaims } from './roles';
import type { ExpiringStore } from '../db/expiring-store';

export interface AuthRoutesOptions {
  config: AuthConfig;
  client: OidcClient;
  sessions: ExpiringStore<AuthenticatedUser>;
  pendingLogins: ExpiringStore<PendingLogin>;
  loginLimiter: preHandlerAsyncHookHandler;
}

/** Only a path of this app: never another origin (`//evil`, `/\evil`) or an API call, so sign-in cannot be an open redirect. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2048) return '/';
  // Printable ASCII only (the SPA encodes the rest), so no control character or backslash can bend the URL.
  if (!/^\/(?![/\\])[\x21-\x5b\x5d-\x7e]*$/.test(value) || value.startsWith('/api/')) return '/';
  return value;
}

// Sign-in and sign-out are how a stranger becomes a user (or stops being one).
const PUBLIC = { needs: 'public' } as const;

const signedOutAddress = (reason: SignedOutReason) => `/?${SIGNED_OUT_PARAM}=${reason}`;

/** The OpenID Connect authorization-code flow with PKCE, and sign-out; sessions live in `sessions`, behind a cookie. */
export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, { config, client, sessions, pendingLogins, loginLimiter }) => {
  app.get<{ Querystring: { returnTo?: string; prompt?: string } }>(SIGN_IN_PATH, { onRequest: loginLimiter, config: { access: PUBLIC } }, async (request, reply) => {
    const { pending, url } = await client.startLogin(safeReturnTo(request.query.returnTo), { forceLogin: request.query.prompt === 'login' });
    reply.setCookie(LOGIN_COOKIE, await pendingLogins.create(pending), loginCookie);
    return reply.header('cache-control', 'no-store').redirect(url.href);
  });

  app.get(CALLBACK_PATH, { onRequest: loginLimiter, config: { access: PUBLIC } }, async (request, reply) => {
    const pending = await pendingLogins.take(request.cookies[LOGIN_COOKIE]);
    reply.clearCookie(LOGIN_COOKIE, expired(loginCookie)).header('cache-control', 'no-store');
    if (!pending) {
      request.log.warn('sign-in callback without a pending sign-in (expired, replayed or from another browser)');
      return reply.redirect(signedOutAddress('failed'));
    }
    const rawUrl = request.raw.url ?? '';
    let claims: Record<string, unknown>;
    try {
      claims = await client.finishLogin(rawUrl.slice(rawUrl.indexOf('?') + 1), pending);
    } catch (error) {
      request.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'sign-in failed');
      return reply.redirect(signedOutAddress('failed'));
    }
    const user = userFromClaims(claims, config);
    if (!user) {
      request.log.warn({ subject: claims.sub }, 'signed in at the provider but in no group allowed to use the planner');
      return reply.redirect(signedOutAddress('no-role'));
    }
    // A new id on every sign-in, so an id planted before it (session fixation) is worth nothing.
    await sessions.delete(request.cookies[SESSION_COOKIE]);
    reply.setCookie(SESSION_COOKIE, await sessions.create(user), sessionCookie(config.sessionTtlSeconds));
    request.log.info({ user: { subject: user.subject, name: user.name, roles: user.roles } }, 'signed in');
    return reply.redirect(pending.returnTo);
  });

  app.post(SIGN_OUT_PATH, { config: { access: PUBLIC } }, async (request, reply) => {
    await sessions.delete(request.cookies[SESSION_COOKIE]);
    if (request.user) request.log.info({ user: { subject: request.user.subject } }, 'signed out');
    return reply.clearCookie(SESSION_COOKIE, expired(sessionCookie(0))).code(204).send();
  });
};
