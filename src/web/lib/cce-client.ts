import type { z } from 'zod/mini';
import { cceOperations, fillPath, type OperationName, type PathParam } from '../../shared/cce-operations';
import { apiFetch } from './api-client';

type Operations = typeof cceOperations;
type Result<N extends OperationName> = z.output<Operations[N]['response']>;
type Query<N extends OperationName> = Partial<Record<keyof Operations[N]['query'], string>>;

export interface CceCall<N extends OperationName> {
  projectId: string;
  params?: Partial<Record<Exclude<PathParam, 'project_id'>, string>>;
  query?: Query<N>;
  /** Already-serialised JSON, sent byte for byte. */
  body?: string;
  signal?: AbortSignal;
}

/** The URL of a CCE operation behind the BFF, built only from the shared allow-list. */
export function cceUrl<N extends OperationName>(name: N, call: Pick<CceCall<N>, 'projectId' | 'params' | 'query'>): string {
  const path = fillPath(cceOperations[name].path, { ...call.params, project_id: call.projectId });
  const search = new URLSearchParams(Object.entries(call.query ?? {}) as [string, string][]).toString();
  return `/api/cce${path}${search ? `?${search}` : ''}`;
}

export function cceRequest<N extends OperationName>(name: N, call: CceCall<N>): Promise<Result<N>> {
  const operation: Operations[OperationName] = cceOperations[name];
  // The table is indexed by a generic name, which TypeScript cannot narrow; the schema is that operation's own.
  const schema: z.ZodMiniType = operation.response;
  return apiFetch({
    url: cceUrl(name, call),
    schema: schema as z.ZodMiniType<Result<N>>,
    answeredBy: 'cce',
    init: {
      method: operation.method,
      signal: call.signal,
      ...(call.body === undefined ? {} : { body: call.body, headers: { 'Content-Type': 'application/json' } }),
    },
  });
}
