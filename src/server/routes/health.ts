import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../db/database';
import { BffHttpError } from '../errors';
import { BffCode } from '../../shared/bff-errors';

export interface HealthRoutesOptions {
  database: Pick<Database, 'driver' | 'ping'>;
}

/** How long readiness waits for the database: a probe that hangs tells an orchestrator nothing. */
const PING_TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Probes for an orchestrator or a load balancer, answered signed out and never from a cache. Liveness is only that the
 * process serves; readiness that the database answers too (migrations ran before the app was built, so reachable is
 * ready). A replica whose database is gone is taken out of rotation rather than restarted.
 */
export const healthRoutes: FastifyPluginAsync<HealthRoutesOptions> = async (app, { database }) => {
  const probe = { config: { access: { needs: 'public' } } } as const;
  app.get('/api/health', probe, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });
  app.get('/api/ready', probe, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await within(database.ping(), PING_TIMEOUT_MS);
    } catch (error) {
      // The cause (host, user, driver message) goes to the BFF's log only: the probe is public.
      request.log.warn({ err: error }, 'not ready: the database did not answer');
      throw new BffHttpError(503, BffCode.DATABASE_UNAVAILABLE, 'The planner cannot reach its database. Check that the PostgreSQL server in DATABASE_URL is up and reachable from this replica (or, on the embedded database, that DATA_DIR is intact); the BFF log names the cause.');
    }
    return { status: 'ready', database: database.driver };
  });
};
