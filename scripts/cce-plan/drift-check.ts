import { bffErrorSchema, REQUESTED_WITH_HEADER, REQUESTED_WITH_VALUE } from '../../src/shared/bff-api';
import { type PlanFile, type PlanFileCheck, planFileCheckSchema } from '../../src/shared/plan-file';
import { SESSION_COOKIE } from '../../src/server/auth/cookies';

export interface Planner {
  /** The planner's address as a person opens it, e.g. https://planner.example.com (a path prefix is kept). */
  url: URL;
  /** The value of the planner's session cookie; absent for a planner without sign-in. */
  session: string | undefined;
  timeoutMs: number;
}

export type CheckResult = { ok: true; check: PlanFileCheck } | { ok: false; message: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Refuses an address the session cookie must not travel to; undefined when it may. */
export function plannerProblem(url: URL, session: string | undefined): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `--against ${url.href} is not an http(s) address of the planner.`;
  if (session !== undefined && (!/^[\x21-\x7e]+$/.test(session) || /[;,]/.test(session))) return 'The session cookie value holds spaces, ";" or ",": give the value alone, without the cookie name.';
  if (session !== undefined && url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return `Refusing to send the session cookie to ${url.origin} over plain http: give the planner's https address.`;
  }
  return undefined;
}

const checkUrl = (planner: URL, clusterId: string) =>
  new URL(`api/clusters/${encodeURIComponent(clusterId)}/plan-files/check`, planner.href.endsWith('/') ? planner : `${planner.href}/`);

const notThePlanner = (response: Response, planner: URL) =>
  `${planner.origin} answered HTTP ${response.status} with something the planner never sends: is ${planner.href} the planner's address?`;

/** The answer's JSON; undefined when it is not JSON, as from a proxy or a sign-in page. */
const jsonOf = (response: Response): Promise<unknown> => response.json().catch(() => undefined);

async function failure(response: Response, planner: URL): Promise<string> {
  const error = bffErrorSchema.safeParse(await jsonOf(response));
  if (!error.success) return notThePlanner(response, planner);
  const { status, code, message, requestId } = error.data;
  const hint = status === 401 ? ' Sign in to the planner and give its session cookie with --session or CCE_PLAN_SESSION.' : '';
  return `The planner refused the check (${status} ${code}): ${message}${requestId ? ` (request ${requestId})` : ''}${hint}`;
}

/** Asks the planner whether the file is sound and the live cluster still is what the file's plan was made on. */
export async function checkAgainstPlanner(file: PlanFile, planner: Planner): Promise<CheckResult> {
  const url = checkUrl(planner.url, file.cluster.id);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REQUESTED_WITH_HEADER]: REQUESTED_WITH_VALUE,
        origin: planner.url.origin,
        ...(planner.session === undefined ? {} : { cookie: `${SESSION_COOKIE}=${planner.session}` }),
      },
      body: JSON.stringify(file),
      redirect: 'manual',
      signal: AbortSignal.timeout(planner.timeoutMs),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Could not reach the planner at ${planner.url.origin}: ${cause}` };
  }
  if (!response.ok) return { ok: false, message: await failure(response, planner.url) };
  const body = await jsonOf(response);
  if (body === undefined) return { ok: false, message: notThePlanner(response, planner.url) };
  const check = planFileCheckSchema.safeParse(body);
  if (!check.success) return { ok: false, message: `${planner.url.origin} answered the check in a shape this cce-plan cannot read: update it to the planner's version.` };
  return { ok: true, check: check.data };
}
