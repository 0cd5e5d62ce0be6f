import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { BffHttpError } from '../errors';
import { accessRule } from './access-rules';
import type { AuthConfig, RateLimits } from './auth-config';
import { LOGIN_TTL_SECONDS, SESSION_COOKIE } from './cookies';
import { authRoutes } from './auth-routes';
import { oidcClient, type PendingLogin } from './oidc-client';
import { type AuthenticatedUser, mayAccessCluster } from './roles';
import { ExpiringStore } from './session-store';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; null without sign-in configured (or on the public routes when signed out). */
    user: AuthenticatedUser | null;
  }
}

export interface AuthPluginOptions {
  auth?: AuthConfig;
  rateLimits: RateLimits;
  /** The configured project, to tell which proxied CCE operations submit. */
  projectId: string;
  /** Test seam: the clock sessions expire by. */
  now?: () => number;
}

const MAX_SESSIONS = 10_000;
const MINUTE_MS = 60_000;

const unauthenticated = () =>
  new BffHttpError(401, 'BFF.UNAUTHENTICATED', 'You are not signed in, or your session has expired. Sign in again to continue.');
const notOperator = () =>
  new BffHttpError(403, 'BFF.FORBIDDEN_ROLE', 'Submitting or retrying an upgrade needs the operator role; as a viewer you may read and plan. Ask your administrator for operator access.');
const notAllowedCluster = (clusterId: string) =>
  new BffHttpError(403, 'BFF.FORBIDDEN_CLUSTER', `You may not access cluster ${clusterId.slice(0, 64)}: it is not on your groups’ allow-list.`);

/**
 * The one place access is decided: every /api request but sign-in and the session probe needs a session,
 * state-changing calls the operator role (reads and pre-checks a viewer), and each named cluster an allow-list entry.
 * Rate limits: sign-in per address, submits per user.
 */
const plugin: FastifyPluginAsync<AuthPluginOptions> = async (app, { auth, rateLimits, projectId, now }) => {
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new BffHttpError(429, 'BFF.RATE_LIMITED', `Too many requests in a short time; try again in ${context.after}.`),
  });
  app.decorateRequest('user', null);

  const submitLimiter = app.rateLimit({ max: rateLimits.submitPerMinute, timeWindow: MINUTE_MS, keyGenerator: (request) => request.user?.subject ?? request.ip });
  const sessions = auth ? new ExpiringStore<AuthenticatedUser>({ ttlMs: auth.sessionTtlSeconds * 1000, maxEntries: MAX_SESSIONS, ...(now ? { now } : {}) }) : undefined;

  app.addHook('onRequest', async (request, reply) => {
    const rawUrl = request.raw.url ?? '/';
    if (!rawUrl.startsWith('/api/')) return;
    if (sessions) request.user = sessions.get(request.cookies[SESSION_COOKIE]) ?? null;
    const rule = accessRule(request.method, rawUrl, projectId);
    if (rule.needs === 'public') return;
    const user = request.user;
    if (sessions) {
      if (!user) throw unauthenticated();
      if (!user.roles.includes(rule.needs)) throw notOperator();
      const denied = rule.clusterIds.find((clusterId) => !mayAccessCluster(user, clusterId));
      if (denied !== undefined) throw notAllowedCluster(denied);
    }
    if (rule.needs === 'operator') await submitLimiter.call(app, request, reply);
  });

  if (auth && sessions) {
    await app.register(authRoutes, {
      config: auth,
      client: oidcClient(auth),
      sessions,
      pendingLogins: new ExpiringStore<PendingLogin>({ ttlMs: LOGIN_TTL_SECONDS * 1000, maxEntries: MAX_SESSIONS, ...(now ? { now } : {}) }),
      loginLimiter: app.rateLimit({ max: rateLimits.loginPerMinute, timeWindow: MINUTE_MS }),
    });
  }
};

export const authPlugin = fp(plugin, { name: 'auth' });
