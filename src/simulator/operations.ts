import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CceOperation, OperationName, PathParam } from '../shared/cce-operations';
import { cceOperations } from '../shared/cce-operations';
import { fieldIssues } from '../shared/issues';
import { forbidden, invalidFields, invalidRequest } from './errors';
import type { FaultController, FaultSpec } from './faults';
import { playFault } from './faults';
import type { RequestLog } from './request-log';
import { headerValue, rawBody } from './signature';

export interface OperationContext {
  params: Partial<Record<PathParam, string>>;
  /** Validated against the operation's query schemas; unknown names are ignored, as CCE does. */
  query: Record<string, string>;
  body: string;
  now: number;
}

export type OperationHandler = (context: OperationContext) => unknown;
export type OperationHandlers = Record<OperationName, OperationHandler>;

export interface OperationRoutesOptions {
  projectId: string;
  now: () => number;
  handlers: OperationHandlers;
  faults: FaultController;
  log: RequestLog;
  verify: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  /** Aborts when the simulator starts closing. */
  closing: AbortSignal;
}

const routePath = (template: string) => template.replace(/\{(\w+)\}/g, ':$1');

function parseQuery(name: OperationName, search: string): Record<string, string> {
  const operation: CceOperation = cceOperations[name];
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const key of operation.requiredQuery ?? []) if (query[key] === undefined) throw invalidRequest(`${key}: is required`);
  const issues = Object.entries(operation.query).flatMap(([key, schema]) => {
    const value = query[key];
    const parsed = value === undefined ? undefined : schema.safeParse(value);
    return parsed && !parsed.success ? fieldIssues(parsed.error).map((issue) => ({ ...issue, path: key })) : [];
  });
  if (issues.length > 0) throw invalidFields(issues);
  return query;
}

function record(log: RequestLog, request: FastifyRequest, operation: OperationName) {
  const headers = Object.fromEntries(Object.keys(request.headers).map((name) => [name, headerValue(request, name) ?? '']));
  log.record({ receivedAt: new Date().toISOString(), method: request.method, url: request.url, operation, headers, body: rawBody(request) });
}

/** One route per allow-listed operation, all sharing the gateway checks, the request log and fault injection. */
export async function operationRoutes(api: FastifyInstance, options: OperationRoutesOptions) {
  const { projectId, now, handlers, faults, log, verify, closing } = options;
  const faultsAfter = new WeakMap<FastifyRequest, FaultSpec>();
  /** Plays a fault; true when it answered the request itself. */
  const play = (fault: FaultSpec, reply: FastifyReply) => {
    const gone = new AbortController();
    reply.raw.once('close', () => gone.abort());
    return playFault(fault, reply, AbortSignal.any([gone.signal, closing]));
  };
  const handle = (name: OperationName, request: FastifyRequest) => {
    const params = request.params as Partial<Record<PathParam, string>>;
    const headerProject = headerValue(request, 'x-project-id');
    if ((params.project_id ?? headerProject ?? projectId) !== projectId) throw forbidden(`project ${params.project_id ?? headerProject} is not accessible with these credentials`);
    const search = request.url.split(/\?(.*)/s)[1] ?? '';
    return handlers[name]({ params, query: parseQuery(name, search), body: rawBody(request), now: now() });
  };
  for (const name of Object.keys(cceOperations) as OperationName[]) {
    const operation = cceOperations[name];
    api.route({
      method: operation.method,
      url: routePath(operation.path),
      preHandler: [
        verify,
        async (request, reply) => {
          record(log, request, name);
          const fault = faults.take(name);
          if (!fault) return;
          if (fault.after) faultsAfter.set(request, fault);
          else if (await play(fault, reply)) return reply;
        },
      ],
      handler: async (request, reply) => {
        const fault = faultsAfter.get(request);
        if (!fault) return handle(name, request);
        // The handler's own error is the answer unless the fault replaces it, just like its result.
        const outcome = await Promise.resolve()
          .then(() => handle(name, request))
          .then((value) => ({ value }), (error: unknown) => ({ error }));
        if (await play(fault, reply)) return reply;
        if ('error' in outcome) throw outcome.error;
        return outcome.value;
      },
    });
  }
}
