import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { BffHttpError } from '../errors';
import type { AuthConfig, RateLimits } from './auth-config';
import { LOGIN_TTL_SECONDS, SESSION_COOKIE } from './cookies';
import { authRoutes } from './auth-routes';
import { oidcClient, pendingLoginSchema } from './oidc-client';
import { type AuthenticatedUser, authenticatedUserSchema, mayAccessCluster } from './roles';
import { type DeclaredRoute, declaredAccess, isApiPath, type RateKind, type RouteAccess } from './route-access';
import type { Db } from '../db/database';
import { expiringStore } from '../db/expiring-store';
import { rateLimitStore } from '../db/rate-limit-store';
import { BffCode } from '../../shared/bff-errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; null without sign-in configured (or on the public routes when signed out). */
    user: AuthenticatedUser | null;
  }
  interface FastifyInstance {
    /** Every API route with the access it declared, in registration order: what the access hook will enforce. */
    readonly apiRoutes: readonly DeclaredRoute[];
  }
}

export interface AuthPluginOptions {
  auth?: AuthConfig;
  rateLimits: RateLimits;
  /** Where sessions and pending sign-ins live, shared by every replica. */
  db: Db;
  /**
   * Rate-limit counters in the database, for replicas on one PostgreSQL, so N of them allow a limit once. The embedded
   * database has one process by construction (its data directory is locked), which counts in memory: a write to PGlite
   * per request cost ~1.25 ms of the only thread, and /api/session's p99 rose from tens of ms to ~1 s at 200 reads/s.
   */
  sharedCounters: boolean;
  /** Test seam: the clock sessions expire and rate-limit windows end by. */
  now?: () => number;
}

const MINUTE_MS = 60_000;

const unauthenticated = () =>
  new BffHttpError(401, BffCode.UNAUTHENTICATED, 'You are not signed in, or your session has expired. Sign in again to continue.');
const notOperator = () =>
  new BffHttpError(403, BffCode.FORBIDDEN_ROLE, 'This needs the operator role (saving, approving, submitting or retrying a plan); as a viewer you may read, plan and comment. Ask your administrator for operator access.');
const notAllowedCluster = (clusterId: string) =>
  new BffHttpError(403, BffCode.FORBIDDEN_CLUSTER, `You may not access cluster ${clusterId.slice(0, 64)}: it is not on your groups’ allow-list.`);

// To the caller an undeclared route does not exist: the planner serves it to nobody.
const undeclared = () => new BffHttpError(404, BffCode.NOT_FOUND, 'No such API route.');

/**
 * The matched route's declaration. Only routes outside /api may go without one (the SPA's files, public); an API
 * route registered out of sight of the start-up check (before this plugin) is refused, never served open.
 */
function accessOf(request: FastifyRequest): RouteAccess {
  const declared = request.routeOptions.config.access;
  if (declared) return declared;
  if (isApiPath(request.routeOptions.url ?? '')) throw undeclared();
  return { needs: 'public' };
}

/**
 * The one place access is decided, from the declaration of the route that matched (`config.access`, see
 * route-access.ts): a session for everything not public, the declared role, an allow-list entry for every cluster the
 * route's params name, and the route's per-user rate limit. Runs before the body is read, so a stranger's upload is
 * refused before it costs anything.
 */
const plugin: FastifyPluginAsync<AuthPluginOptions> = async (app, { auth, rateLimits, db, sharedCounters, now }) => {
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    ...(sharedCounters ? { store: rateLimitStore({ db, log: app.log, ...(now ? { now } : {}) }) } : {}),
    errorResponseBuilder: (_request, context) =>
      new BffHttpError(429, BffCode.RATE_LIMITED, `Too many requests in a short time; try again in ${context.after}.`),
  });
  app.decorateRequest('user', null);
  const apiRoutes: DeclaredRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    const declared = declaredAccess(route);
    if (declared) apiRoutes.push(declared);
  });

  const perUser = (groupId: RateKind, max: number) =>
    app.rateLimit({ groupId, max, timeWindow: MINUTE_MS, keyGenerator: (request) => request.user?.subject ?? request.ip });
  const limiters: Record<RateKind, preHandlerAsyncHookHandler> = {
    read: perUser('read', rateLimits.readPerMinute),
    check: perUser('check', rateLimits.checkPerMinute),
    submit: perUser('submit', rateLimits.submitPerMinute),
  };
  const clock = now ? { now } : {};
  const sessions = auth ? expiringStore(db, { table: 'session', ttlMs: auth.sessionTtlSeconds * 1000, schema: authenticatedUserSchema, ...clock }) : undefined;

  app.addHook('onRequest', async (request, reply) => {
    const access = accessOf(request);
    // The SPA's files carry the cookie too, but need no user: they cost no database round trip.
    if (sessions && (access.needs !== 'public' || isApiPath(request.routeOptions.url ?? ''))) {
      request.user = (await sessions.get(request.cookies[SESSION_COOKIE])) ?? null;
    }
    if (access.needs === 'public') return;
    const user = request.user;
    if (sessions) {
      if (!user) throw unauthenticated();
      if (!user.roles.includes(access.needs)) throw notOperator();
      const denied = (await access.clusters?.(request))?.find((clusterId) => !mayAccessCluster(user, clusterId));
      if (denied !== undefined) throw notAllowedCluster(denied);
    }
    if (access.limit !== undefined) {
      const kind = typeof access.limit === 'function' ? access.limit(request) : access.limit;
      await limiters[kind].call(app, request, reply);
    }
  });

  if (auth && sessions) {
    await app.register(authRoutes, {
      config: auth,
      client: oidcClient(auth),
      sessions,
      pendingLogins: expiringStore(db, { table: 'login_transaction', ttlMs: LOGIN_TTL_SECONDS * 1000, schema: pendingLoginSchema, ...clock }),
      loginLimiter: app.rateLimit({ groupId: 'login', max: rateLimits.loginPerMinute, timeWindow: MINUTE_MS }),
    });
  }
};

export const authPlugin = fp(plugin, { name: 'auth' });
