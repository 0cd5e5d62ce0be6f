import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { computeSignature, formatAuthorization, sdkDate } from '../../shared/aksk-signature';
import type { OperationName, PathParam } from '../../shared/cce-operations';
import { cceOperations, fillPath } from '../../shared/cce-operations';
import type { SimulatorInstance } from '../app';
import { buildSimulator } from '../app';

/** Test-only: the smallest client that signs like the BFF, so simulator tests exercise real verification. */
export const TEST_PROJECT_ID = '0123456789abcdef0123456789abcdef';
export const TEST_CREDENTIALS = { ak: 'TESTACCESSKEY00000001', sk: 'test-secret-key' };
export const T0 = Date.UTC(2026, 2, 1, 10, 0, 0);

export interface TestSimulator {
  app: SimulatorInstance;
  clock: { now: number };
}

export function testSimulator(upgradeDurationMs = 100_000): TestSimulator {
  const clock = { now: T0 };
  const app = buildSimulator({ credentials: TEST_CREDENTIALS, projectId: TEST_PROJECT_ID, upgradeDurationMs, now: () => clock.now });
  return { app, clock };
}

export function apiPath(operation: OperationName, params: Partial<Record<PathParam, string>> = {}, query = ''): string {
  const path = `/api${fillPath(cceOperations[operation].path, { project_id: TEST_PROJECT_ID, ...params })}`;
  return query ? `${path}?${query}` : path;
}

export interface SignedRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: string;
  /** Overrides for negative tests. */
  ak?: string;
  sk?: string;
  date?: Date;
  /** Change the body or URL after signing. */
  sentBody?: string;
  sentUrl?: string;
  signedHeaders?: string[];
}

export async function signedInject(sim: TestSimulator, request: SignedRequest): Promise<LightMyRequestResponse> {
  const method = request.method ?? 'GET';
  const body = request.body ?? '';
  const [path = '', search = ''] = request.url.split(/\?(.*)/s);
  const headers: Record<string, string> = {
    host: 'localhost:80',
    'x-sdk-date': sdkDate(request.date ?? new Date(sim.clock.now)),
    'x-project-id': TEST_PROJECT_ID,
    'content-type': 'application/json',
  };
  const signedHeaders = request.signedHeaders ?? Object.keys(headers).sort();
  const signature = computeSignature({ method, path, query: [...new URLSearchParams(search)], headers, body }, signedHeaders, request.sk ?? TEST_CREDENTIALS.sk);
  const authorization = formatAuthorization({ access: request.ak ?? TEST_CREDENTIALS.ak, signedHeaders, signature });
  const payload = request.sentBody ?? body;
  const options: InjectOptions = { method, url: request.sentUrl ?? request.url, headers: { ...headers, authorization }, ...(payload ? { payload } : {}) };
  return sim.app.inject(options);
}
