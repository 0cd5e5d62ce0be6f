import type { FastifyInstance } from 'fastify';
import { z } from 'zod/mini';
import { cceOperations, type OperationName } from '../shared/cce-operations';
import { faultSpecSchema } from './faults';
import type { SimulatorControls } from './app';
import { clusterControlRoutes } from './cluster-control-routes';
import { ControlError, controlBody } from './control-body';

export const upgradeFailureSchema = z.strictObject({
  atWave: z.int().check(z.gte(1)),
  reason: z.string().check(z.minLength(1), z.maxLength(1000)),
});

// A year either way covers any skew a test could want, and keeps Date arithmetic finite.
export const clockSkewSchema = z.strictObject({ skewMs: z.int().check(z.gte(-365 * 86_400_000), z.lte(365 * 86_400_000)) });

const isOperation = (name: string): name is OperationName => Object.hasOwn(cceOperations, name);

/**
 * Unsigned test controls under /__sim/, for e2e suites in another process. They live outside /api,
 * so the BFF's allow-list can never forward to them.
 */
export async function controlRoutes(app: FastifyInstance, { controls }: { controls: SimulatorControls }) {
  const { faults, received: log } = controls;
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    const extra = error instanceof ControlError ? error.extra : {};
    return reply.code(error.statusCode ?? 500).send({ message: error.message, ...extra });
  });

  app.get('/requests', async () => ({ items: log.list() }));
  app.delete('/requests', async (_request, reply) => {
    log.clear();
    return reply.code(204).send();
  });

  app.get('/faults', async () => faults.list());
  app.put<{ Params: { operation: string } }>('/faults/:operation', async (request, reply) => {
    const { operation } = request.params;
    if (!isOperation(operation)) throw new ControlError(404, `unknown operation ${operation}`, { operations: Object.keys(cceOperations) });
    faults.set(operation, controlBody(faultSpecSchema, request));
    return reply.code(204).send();
  });
  app.delete('/faults', async (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });

  app.put<{ Params: { clusterId: string } }>('/upgrade-failures/:clusterId', async (request, reply) => {
    const { atWave, reason } = controlBody(upgradeFailureSchema, request);
    controls.failUpgrade(request.params.clusterId, atWave, reason);
    return reply.code(204).send();
  });

  app.put('/clock', async (request, reply) => {
    controls.skewClock(controlBody(clockSkewSchema, request).skewMs);
    return reply.code(204).send();
  });

  app.register(clusterControlRoutes, { changes: controls.changes });

  app.post('/reset', async (_request, reply) => {
    controls.reset();
    return reply.code(204).send();
  });
}
