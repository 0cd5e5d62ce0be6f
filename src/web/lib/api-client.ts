import type { z } from 'zod';
import { bffErrorSchema, type BffError } from '../../shared/bff-api';

type Issue = NonNullable<BffError['issues']>[number];

/** Every failed call becomes an ApiError in the BFF's error shape, so the UI has one thing to describe. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly issues: Issue[];

  constructor(body: BffError) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.status;
    this.code = body.code;
    this.requestId = body.requestId;
    this.issues = body.issues ?? [];
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE';

export interface ApiRequest<T extends z.ZodType> {
  url: string;
  schema: T;
  init?: RequestInit;
  /** Said when a 2xx body does not match the schema: names who answered. */
  unexpectedMessage?: string;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  const parsed = bffErrorSchema.safeParse(await readJson(response));
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError({
    status: response.status,
    code: 'UNEXPECTED_ERROR_BODY',
    message: `The server answered ${response.status} ${response.statusText}`.trim(),
  });
}

export async function apiFetch<T extends z.ZodType>(request: ApiRequest<T>): Promise<z.output<T>> {
  return (await apiFetchWithHeaders(request)).data;
}

/** Like apiFetch, with the response headers for callers that must read one (e.g. whether a submit was replayed). */
export async function apiFetchWithHeaders<T extends z.ZodType>({
  url,
  schema,
  init,
  unexpectedMessage = 'The planner’s server returned an unexpected response',
}: ApiRequest<T>): Promise<{ data: z.output<T>; headers: Headers }> {
  let response: Response;
  try {
    // Absolute URL: same origin in the browser, and Node's fetch (tests) cannot resolve relative ones.
    response = await fetch(new URL(url, window.location.origin), init);
  } catch (cause) {
    if (init?.signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: 'The request did not reach the planner’s server' });
  }
  if (!response.ok) throw await errorFrom(response);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: UNEXPECTED_RESPONSE,
      message: unexpectedMessage,
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message })),
    });
  }
  return { data: parsed.data, headers: response.headers };
}
