import { cceErrorBodySchema } from '../../shared/cce-responses';
import { parseRetryAfter } from '../../shared/retry-after';
import { BffHttpError, type UpstreamCode } from '../errors';
import { BffCode } from '../../shared/bff-errors';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// APIG.0303 on a 401 is the gateway rejecting X-Sdk-Date as outside its window: our signature is fine, our clock is not.
const clockSkewMessage = (cceMessage: string) =>
  'CCE refused the request because its signature time differs too much from CCE\u2019s clock: the BFF server\u2019s clock ' +
  'is off. Sync the server clock (NTP, e.g. `timedatectl set-ntp true`) and try again. ' +
  `(CCE said: ${cceMessage})`;

/** Long enough for any CCE explanation seen; a runaway one must not fill the SPA's error banner or the log. */
export const MAX_UPSTREAM_MESSAGE = 500;
// NAMESPACE.CODE as CCE and its gateway spell them (CCE.01400001, APIG.0303, CCE_CM.0001): anything else is not a code.
const PLAUSIBLE_CODE = /^[A-Za-z][A-Za-z0-9_-]{0,31}(\.[A-Za-z0-9_-]{1,48}){1,3}$/;
const PLAUSIBLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** CCE's request id, when it looks like one; anything else is dropped rather than echoed to the browser. */
export const safeRequestId = (value: string | null | undefined) => (value && PLAUSIBLE_REQUEST_ID.test(value) ? value : undefined);

function boundedMessage(text: string): string {
  // Control characters would break log lines and the banner; the cut keeps the start, where the reason usually is.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return clean.length <= MAX_UPSTREAM_MESSAGE ? clean : `${clean.slice(0, MAX_UPSTREAM_MESSAGE - 1)}\u2026`;
}

/**
 * The `BFF.` namespace is the planner's own: the SPA acts on some of those codes (an unknown submit outcome, a refused
 * role), so an upstream that spells one must not be mistaken for the planner saying it. Such a code keeps its words
 * behind a `CCE.` prefix (`BFF.X` → `CCE.BFF.X`), so whoever reads it can still search for what CCE or a gateway meant;
 * a value that is no plausible `NAMESPACE.CODE` token says nothing useful and becomes `CCE.HTTP_<status>`.
 */
export function upstreamCode(code: string | undefined, status: number): UpstreamCode {
  if (code === undefined || !PLAUSIBLE_CODE.test(code)) return `CCE.HTTP_${status}` as UpstreamCode;
  return (code.split('.')[0]!.toUpperCase() === 'BFF' ? `CCE.${code}` : code) as UpstreamCode;
}

/**
 * A failure the BFF passes on is always an HTTP error (400–599): a redirect (which the planner never follows), an
 * informational or success status on this path, or a number outside HTTP's range would make the browser or the SPA
 * do something else entirely, so it becomes 502.
 */
function badStatus(status: number, code: string, requestId: string | undefined): BffHttpError {
  const what = status >= 300 && status < 400 ? `a redirect (HTTP ${status}), which the planner does not follow` : `HTTP ${status}, which is not an HTTP error status`;
  return new BffHttpError(
    502,
    BffCode.UPSTREAM_BAD_STATUS,
    `CCE answered with ${what} (${code}). Try again; if it persists, check the CCE endpoint and report the request id.`,
    requestId ? { requestId } : {},
  );
}

/** CCE's two error spellings (errorCode/errorMessage and error_code/error_msg) become one BFF error. */
export function fromUpstreamError(status: number, text: string, headers: Pick<Headers, 'get'>): BffHttpError {
  const parsed = cceErrorBodySchema.safeParse(parseJson(text));
  const body = parsed.success ? parsed.data : {};
  const code = upstreamCode(body.errorCode ?? body.error_code, status);
  const requestId = safeRequestId(headers.get('x-request-id')) ?? safeRequestId(body.request_id);
  if (status < 400 || status > 599) return badStatus(status, code, requestId);
  const cceMessage = boundedMessage(body.errorMessage ?? body.error_msg ?? body.message ?? '') || `CCE answered HTTP ${status} without an explanation.`;
  const message = status === 401 && code === 'APIG.0303' ? clockSkewMessage(cceMessage) : cceMessage;
  // An hour is longer than any real back-off; a larger figure would only stall the SPA.
  const asked = status === 429 ? parseRetryAfter(headers.get('retry-after')) : undefined;
  const retryAfter = asked === undefined ? undefined : Math.min(asked, 3600);
  return new BffHttpError(status, code, message, {
    ...(requestId ? { requestId } : {}),
    ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
  });
}
