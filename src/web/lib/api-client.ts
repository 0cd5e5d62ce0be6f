import type { z } from 'zod/mini';
import { bffErrorSchema, type BffError, REQUESTED_WITH_HEADER, REQUESTED_WITH_VALUE } from '../../shared/bff-api';
import { parseRetryAfter } from '../../shared/retry-after';
import { goToSignIn } from './sign-in';
import { BffCode } from '../../shared/bff-errors';
import type { DriftItem } from '../../shared/cluster-snapshot';
import { fieldIssues } from '../../shared/issues';

type Issue = NonNullable<BffError['issues']>[number];

export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNEXPECTED_ERROR_BODY = 'UNEXPECTED_ERROR_BODY';
export const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE';

/** Who answered with a body its schema did not fit: the planner's own routes, or CCE's answer passed on by the BFF. */
export type Answerer = 'planner' | 'cce';

/**
 * An error the SPA made itself (no answer, or one it could not read), by code: describeError words it from the
 * catalogue in the language shown, while `message` keeps the English for the console and logs. `issues` is called when
 * shown, as zod words an issue in the language active when the body is parsed.
 */
export type OwnError =
  | { code: typeof NETWORK_ERROR }
  | { code: typeof UNEXPECTED_ERROR_BODY; status: number }
  | { code: typeof UNEXPECTED_RESPONSE; answeredBy: Answerer; issues: () => Issue[] };

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
  /** Set when the SPA made this error itself; unset for the BFF's and CCE's own errors, shown as they sent them. */
  readonly own: OwnError | undefined;

  constructor(body: BffError, own?: OwnError) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.status;
    this.code = body.code;
    this.requestId = body.requestId;
    this.issues = body.issues ?? [];
    this.retryAfterSeconds = body.retryAfterSeconds;
    this.sentAt = body.sentAt;
    this.drift = body.drift ?? [];
    this.own = own;
  }
}

export interface ApiRequest<T extends z.ZodMiniType> {
  url: string;
  schema: T;
  init?: RequestInit;
  /** Named when a 2xx body does not match the schema; the planner's server unless said otherwise. */
  answeredBy?: Answerer;
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
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  if (parsed.success) return new ApiError({ ...parsed.data, retryAfterSeconds: parsed.data.retryAfterSeconds ?? retryAfterSeconds });
  const message = `The server answered ${response.status} ${response.statusText}`.trim();
  return new ApiError(
    { status: response.status, code: UNEXPECTED_ERROR_BODY, message, retryAfterSeconds },
    { code: UNEXPECTED_ERROR_BODY, status: response.status },
  );
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
  answeredBy = 'planner',
}: ApiRequest<T>): Promise<{ data: z.output<T>; headers: Headers }> {
  let response: Response;
  try {
    // Absolute URL: same origin in the browser, and Node's fetch (tests) cannot resolve relative ones.
    response = await fetch(new URL(url, window.location.origin), withRequestedWith(init));
  } catch (cause) {
    if (init?.signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: 'The request did not reach the planner’s server' }, { code: NETWORK_ERROR });
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    // The session ended (expired, or signed out in another tab): sign in again and come back here.
    if (error.code === BffCode.UNAUTHENTICATED) goToSignIn();
    throw error;
  }
  const json = await readJson(response);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // Parsed again when shown, so the issues are worded in the language of that moment.
    const issues = () => fieldIssues(schema.safeParse(json).error ?? parsed.error);
    throw new ApiError(
      {
        status: response.status,
        code: UNEXPECTED_RESPONSE,
        message: answeredBy === 'cce' ? 'CCE returned an unexpected response' : 'The planner’s server returned an unexpected response',
        issues: fieldIssues(parsed.error),
      },
      { code: UNEXPECTED_RESPONSE, answeredBy, issues },
    );
  }
  return { data: parsed.data, headers: response.headers };
}
