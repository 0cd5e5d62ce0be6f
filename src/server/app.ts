import fastifyCompress from '@fastify/compress';
import '../shared/zod-messages';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { AuditUnreadableError } from './audit/audit-log';
import { type AuthConfig, DEFAULT_RATE_LIMITS, type RateLimits } from './auth/auth-config';
import { authPlugin } from './auth/auth-plugin';
import type { Upstream } from './cce/client';
import { closeUpstream } from './cce/in-flight';
import type { Database } from './db/database';
import { BffHttpError } from './errors';
import { clientErrorHandler, DEFAULT_HTTP_LIMITS, type HttpLimits, serverTimeouts } from './http-limits';
import { type KubeconfigSource, noKubeconfigs } from './kubernetes/kubeconfig-source';
import { loggerOptions, requestLogging } from './logger';
import { requestOrigin } from './plugins/request-origin';
import { requestTarget } from './plugins/request-target';
import { securityHeaders } from './plugins/security-headers';
import { spaPlugin } from './plugins/spa';
import { cceProxyRoutes } from './routes/cce-proxy';
import { healthRoutes } from './routes/health';
import { nodeLabelsRoutes } from './routes/node-labels';
import { type ServerInfo, sessionRoutes } from './routes/session';
import { submitRoutes } from './routes/submit';
import { planRoutes } from './routes/plans';
import { planFileRoutes } from './routes/plan-files';
import { reviewGate } from './plans/review-gate';
import { planTable } from './db/plan-table';
import { planReviewTable } from './db/plan-review-table';
import { BffCode } from '../shared/bff-errors';
import { upgradeHistoryTable } from './db/upgrade-history-table';
import { upgradeRecorder } from './upgrade-history/recorder';
import { upgradeDurationRoutes } from './routes/upgrade-durations';

export interface AppOptions {
  upstream: Upstream;
  /** Where the BFF keeps its state (migrated). The app owns it: closing the app closes it. */
  database: Database;
  session: ServerInfo;
  /** See SubmitRoutesOptions.unreadable: submits stop until the old audit file is fixed and imported. */
  unreadableAuditFile?: AuditUnreadableError | undefined;
  /** OpenID Connect sign-in; without it everyone who reaches the BFF may do everything (so main.ts listens on loopback only). */
  auth?: AuthConfig;
  /**
   * Approvals by operators other than the author a plan revision needs before it may be submitted (APPROVALS_REQUIRED);
   * default 1 with sign-in, 0 without (one loopback user: nobody else can review).
   */
  approvalsRequired?: number;
  /** Per minute: sign-in attempts per address; reads, checks and submits per user (DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits;
  /** Test seam: the clock sessions expire, rate-limit windows end and submits are remembered by. */
  now?: () => number;
  /** Where cluster kubeconfigs come from, for real node labels; default none (labels derived from CCE data). */
  kubeconfigs?: KubeconfigSource;
  /** Per-call timeout towards a cluster's Kubernetes API; default 5000 ms. */
  kubernetesTimeoutMs?: number;
  /** Directory of the built SPA; omitted in API-only tests. */
  staticRoot?: string;
  logLevel?: string;
  logStream?: DestinationStream;
  /** Timeouts and the connection cap towards browsers; defaults in DEFAULT_HTTP_LIMITS. */
  http?: Partial<HttpLimits>;
}

function toBffError(error: FastifyError): BffHttpError {
  if (error instanceof BffHttpError) return error;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new BffHttpError(413, BffCode.BODY_TOO_LARGE, 'The request body is too large.');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new BffHttpError(error.statusCode, BffCode.BAD_REQUEST, error.message);
  }
  return new BffHttpError(500, BffCode.INTERNAL, 'The planner hit an unexpected error. Try again; if it persists, check the BFF logs.');
}

export const approvalsRequiredOf = (options: Pick<AppOptions, 'approvalsRequired' | 'auth'>) => options.approvalsRequired ?? (options.auth ? 1 : 0);

/** Builds the BFF without listening, so tests drive it with inject() and main.ts decides where it listens. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.http };
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    logController: requestLogging(),
    bodyLimit: 256 * 1024,
    ...serverTimeouts(limits, Math.max(options.upstream.timeoutMs, options.kubernetesTimeoutMs ?? 5000)),
    clientErrorHandler: clientErrorHandler(limits),
  });
  app.server.maxConnections = limits.maxConnections;
  app.addHook('onClose', () => options.database.close());
  // Before the server stops: it waits for requests in progress, and those still waiting for a hung CCE would hold it.
  app.addHook('preClose', () => closeUpstream(options.upstream));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const bffError = toBffError(error);
    if (bffError.status >= 500 && !(error instanceof BffHttpError)) request.log.error({ err: error }, 'unhandled error');
    return reply.code(bffError.status).headers(bffError.headers()).send(bffError.toBody());
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(new BffHttpError(404, BffCode.NOT_FOUND, 'No such route.').toBody()));

  await app.register(requestTarget);
  await app.register(securityHeaders, { https: options.auth?.publicOrigin.startsWith('https:') ?? false });
  await app.register(requestOrigin, options.auth ? { publicOrigin: options.auth.publicOrigin } : {});
  await app.register(authPlugin, {
    ...(options.auth ? { auth: options.auth } : {}),
    rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS,
    db: options.database.db,
    sharedCounters: options.database.driver === 'postgres',
    ...(options.now ? { now: options.now } : {}),
  });
  await app.register(fastifyCompress, { threshold: 1024 });
  await app.register(sessionRoutes, { info: options.session, auth: options.auth ? 'oidc' : 'none', approvalsRequired: approvalsRequiredOf(options) });
  await app.register(healthRoutes, { database: options.database });
  await app.register(nodeLabelsRoutes, { kubeconfigs: options.kubeconfigs ?? noKubeconfigs, timeoutMs: options.kubernetesTimeoutMs ?? 5000 });
  const snapshots = { upstream: options.upstream, kubeconfigs: options.kubeconfigs ?? noKubeconfigs, kubernetesTimeoutMs: options.kubernetesTimeoutMs ?? 5000 };
  const history = upgradeHistoryTable(options.database.db);
  const recorder = upgradeRecorder({ table: history, snapshots, now: options.now ?? Date.now });
  await app.register(cceProxyRoutes, { prefix: '/api/cce', upstream: options.upstream, recorder });
  await app.register(upgradeDurationRoutes, { table: history });
  const plans = { db: options.database.db, snapshots, approvalsRequired: approvalsRequiredOf(options), now: options.now ?? Date.now };
  await app.register(planRoutes, plans);
  await app.register(planFileRoutes, plans);
  await app.register(submitRoutes, {
    upstream: options.upstream,
    db: options.database.db,
    unreadable: options.unreadableAuditFile,
    gate: reviewGate({ plans: planTable(plans.db), reviews: planReviewTable(plans.db), ...plans }),
    ...(options.now ? { now: options.now } : {}),
  });
  // Any other API path: not the SPA's page, and nothing a stranger may probe for (signed out it is a 401 like the rest).
  app.all('/api/*', { config: { access: { needs: 'viewer' } } }, async () => {
    throw new BffHttpError(404, BffCode.NOT_FOUND, 'No such API route.');
  });
  if (options.staticRoot) await app.register(spaPlugin, { root: options.staticRoot });
  return app;
}
