import type { z } from 'zod/mini';
import { bffErrorSchema, type BffError, REQUESTED_WITH_HEADER, REQUESTED_WITH_VALUE } from '../../shared/bff-api';
import { parseRetryAfter } from '../../shared/retry-after';
import { goToSignIn } from './sign-in';
import { BffCode } from '../../shared/bff-errors';
import type { DriftItem } from '../../shared/cluster-snapshot';

type Issue = NonNullable<BffError['issues']>[number];

/** Every failed call becomes an ApiError in the BFF's error shape, so the UI has one thing to describe. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly issues: Issue[];
  /** How long CCE asked to wait before the next call (429), from the body or the Retry-After header. */
  readonly retryAfterSeconds: number | undefined;
  /** On BFF.OUTCOME_UNKNOWN_PLAN: when the earlier send of the plan left the BFF (ISO time). */
  readonly sentAt: string | undefined;
  /** On BFF.PLAN_DRIFTED: what changed in the cluster since the plan was reviewed. */
  readonly drift: DriftItem[];

  constructor(body: BffError) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.status;
    this.code = body.code;
    this.requestId = body.requestId;
    this.issues = body.issues ?? [];
    this.retryAfterSeconds = body.retryAfterSeconds;
    this.sentAt = body.sentAt;
    this.drift = body.drift ?? [];
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE';

export interface ApiRequest<T extends z.ZodMiniType> {
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
  const body: BffError = parsed.success
    ? parsed.data
    : { status: response.status, code: 'UNEXPECTED_ERROR_BODY', message: `The server answered ${response.status} ${response.statusText}`.trim() };
  return new ApiError({ ...body, retryAfterSeconds: body.retryAfterSeconds ?? parseRetryAfter(response.headers.get('retry-after')) });
}

/** Every state-changing call says it comes from the app itself: the BFF refuses any without it (CSRF). */
function withRequestedWith(init: RequestInit | undefined): RequestInit | undefined {
  const method = (init?.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return init;
  const headers = new Headers(init?.headers);
  headers.set(REQUESTED_WITH_HEADER, REQUESTED_WITH_VALUE);
  return { ...init, headers };
}

export async function apiFetch<T extends z.ZodMiniType>(request: ApiRequest<T>): Promise<z.output<T>> {
  return (await apiFetchWithHeaders(request)).data;
}

/** apiFetch that also hands back the response headers, for calls whose answer is partly a header. */
export async function apiFetchWithHeaders<T extends z.ZodMiniType>({
  url,
  schema,
  init,
  unexpectedMessage = 'The planner’s server returned an unexpected response',
}: ApiRequest<T>): Promise<{ data: z.output<T>; headers: Headers }> {
  let response: Response;
  try {
    // Absolute URL: same origin in the browser, and Node's fetch (tests) cannot resolve relative ones.
    response = await fetch(new URL(url, window.location.origin), withRequestedWith(init));
  } catch (cause) {
    if (init?.signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: 'The request did not reach the planner’s server' });
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    // The session ended (expired, or signed out in another tab): sign in again and come back here.
    if (error.code === BffCode.UNAUTHENTICATED) goToSignIn();
    throw error;
  }
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
