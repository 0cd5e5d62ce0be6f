import { cceErrorBodySchema } from '../../shared/cce-responses';
import { BffHttpError } from '../errors';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3); both become whole seconds from now. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

// APIG.0303 on a 401 is the gateway rejecting X-Sdk-Date as outside its window: our signature is fine, our clock is not.
const clockSkewMessage = (cceMessage: string) =>
  'CCE refused the request because its signature time differs too much from CCE\u2019s clock: the BFF server\u2019s clock ' +
  'is off. Sync the server clock (NTP, e.g. `timedatectl set-ntp true`) and try again. ' +
  `(CCE said: ${cceMessage})`;

/** CCE's two error spellings (errorCode/errorMessage and error_code/error_msg) become one BFF error. */
export function fromUpstreamError(status: number, text: string, headers: Pick<Headers, 'get'>): BffHttpError {
  const parsed = cceErrorBodySchema.safeParse(parseJson(text));
  const body = parsed.success ? parsed.data : {};
  const code = body.errorCode ?? body.error_code ?? `CCE.HTTP_${status}`;
  const cceMessage = body.errorMessage ?? body.error_msg ?? body.message ?? `CCE answered HTTP ${status} without an explanation.`;
  const message = status === 401 && code === 'APIG.0303' ? clockSkewMessage(cceMessage) : cceMessage;
  const requestId = headers.get('x-request-id') ?? body.request_id;
  const retryAfter = status === 429 ? retryAfterSeconds(headers.get('retry-after')) : undefined;
  return new BffHttpError(status, code, message, {
    ...(requestId ? { requestId } : {}),
    ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
  });
}
