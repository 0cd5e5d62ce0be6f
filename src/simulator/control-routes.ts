import type { FastifyInstance } from 'fastify';
import { cceOperations, type OperationName } from '../shared/cce-operations';
import { describeIssues, fieldIssues } from '../shared/issues';
import type { FaultController } from './faults';
import { faultSpecSchema } from './faults';
import type { RequestLog } from './request-log';
import { rawBody } from './signature';
import type { SimStore } from './store';

export interface ControlOptions {
  faults: FaultController;
  log: RequestLog;
  store: SimStore;
}

const isOperation = (name: string): name is OperationName => Object.hasOwn(cceOperations, name);

/**
 * Unsigned test controls under /__sim/, for e2e suites in another process. They live outside /api,
 * so the BFF's allow-list can never forward to them.
 */
export async function controlRoutes(app: FastifyInstance, { faults, log, store }: ControlOptions) {
  app.get('/requests', async () => ({ items: log.list() }));
  app.delete('/requests', async (_request, reply) => {
    log.clear();
    return reply.code(204).send();
  });

  app.get('/faults', async () => faults.list());
  app.put<{ Params: { operation: string } }>('/faults/:operation', async (request, reply) => {
    const { operation } = request.params;
    if (!isOperation(operation)) return reply.code(404).send({ message: `unknown operation ${operation}`, operations: Object.keys(cceOperations) });
    let json: unknown;
    try {
      json = JSON.parse(rawBody(request) || '{}');
    } catch {
      return reply.code(400).send({ message: 'body must be JSON' });
    }
    const parsed = faultSpecSchema.safeParse(json);
    if (!parsed.success) return reply.code(400).send({ message: describeIssues(fieldIssues(parsed.error)) });
    faults.set(operation, parsed.data);
    return reply.code(204).send();
  });
  app.delete('/faults', async (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });

  app.post('/reset', async (_request, reply) => {
    store.reset();
    faults.clear();
    log.clear();
    return reply.code(204).send();
  });
}
