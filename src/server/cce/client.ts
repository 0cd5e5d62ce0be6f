import type { FastifyBaseLogger } from 'fastify';
import { type Dispatcher, request } from 'undici';
import { BffHttpError } from '../errors';
import type { MatchedOperation } from './allow-list';
import type { Credentials } from './credentials';
import { gateFor, type InFlightLimits, kindOf } from './in-flight';
import { signedHeaders } from './signer';
import { fromUpstreamError, safeRequestId } from './upstream-error';
import { BffCode } from '../../shared/bff-errors';

export interface Upstream {
  endpoint: string;
  projectId: string;
  credentials: Credentials;
  timeoutMs: number;
  /** Calls in flight to CCE at once, per kind; defaults in DEFAULT_IN_FLIGHT. */
  inFlight?: Partial<InFlightLimits>;
}

export interface CceReply {
  status: number;
  /** The JSON text exactly as CCE sent it. */
  body: string;
  requestId?: string;
}

/**
 * Whether a failed call may have reached CCE: `not-sent` (no connection was made), `maybe` (the connection broke or
 * timed out after the request went out) or `answered` (CCE answered; `upstreamStatus` says what).
 * The submit routes need this to tell a refusal from an outcome nobody knows.
 */
export type Delivery = 'not-sent' | 'maybe' | 'answered';

export class CceCallError extends BffHttpError {
  constructor(
    error: BffHttpError,
    readonly delivery: Delivery,
    readonly upstreamStatus?: number,
  ) {
    super(error.status, error.code, error.message, error.extra);
  }
}

const isTimeout = (error: unknown) => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/** Far above the largest real answer (a 2,000-node list is a few MB); a runaway upstream must not exhaust the BFF's memory. */
export const MAX_UPSTREAM_BYTES = 32 * 1024 * 1024;

/** The response text, or undefined when it is (or announces itself) larger than `limit` bytes; stops reading there. */
async function readCapped(response: Dispatcher.ResponseData, limit: number): Promise<string | undefined> {
  if (Number(headerOf(response, 'content-length') ?? 0) > limit) {
    response.body.destroy();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) {
      response.body.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headerOf(response: Dispatcher.ResponseData, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// Errors raised while connecting: the request cannot have left the BFF.
const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const codeOf = (error: unknown) => (error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined);
const causeCode = (error: unknown) => codeOf(error) ?? codeOf(error instanceof Error ? error.cause : undefined);

function failure(error: unknown, method: string, timeoutMs: number): CceCallError {
  if (isTimeout(error)) {
    const message =
      method === 'GET'
        ? `CCE did not answer within ${timeoutMs / 1000} s. Try again in a moment.`
        : `CCE did not answer within ${timeoutMs / 1000} s, so it is not known whether it accepted the request. ` +
          'Check the cluster\u2019s upgrade tasks before submitting again.';
    return new CceCallError(new BffHttpError(504, BffCode.UPSTREAM_TIMEOUT, message), 'maybe');
  }
  const unreachable = new BffHttpError(502, BffCode.UPSTREAM_UNREACHABLE, 'The planner could not reach CCE. Check the network and the CCE endpoint, then try again.');
  return new CceCallError(unreachable, CONNECT_ERRORS.has(causeCode(error) ?? '') ? 'not-sent' : 'maybe');
}

/**
 * Signs and sends one allow-listed call. Never retried: a POST that may have arrived must not be sent twice.
 * Throws CceCallError for every failure, saying whether the request may have reached CCE.
 */
export async function callCce(upstream: Upstream, match: MatchedOperation, body: string, log: FastifyBaseLogger): Promise<CceReply> {
  const method = match.operation.method;
  const url = new URL(`${upstream.endpoint}/api${match.path}`);
  for (const [name, value] of match.query) url.searchParams.append(name, value);
  const gate = gateFor(upstream);
  let leave: () => void;
  try {
    // A slot frees at the latest when a call times out; a few seconds is the honest hint for a browser to wait.
    leave = gate.enter(kindOf(match.operation), Math.min(5, Math.ceil(upstream.timeoutMs / 1000)));
  } catch (error) {
    if (error instanceof BffHttpError) throw new CceCallError(error, 'not-sent');
    throw error;
  }
  // Signed only once admitted: a refusal under load costs no HMAC.
  let headers: Record<string, string>;
  try {
    headers = signedHeaders({ method, url, body, projectId: upstream.projectId }, upstream.credentials, new Date());
  } catch (error) {
    leave();
    throw error;
  }
  const started = performance.now();
  let response: Dispatcher.ResponseData;
  let text: string | undefined;
  try {
    // undici's own request(), not fetch: kept-alive connections without the WHATWG stream layers, which cost the
    // proxied read most of its added latency under load.
    response = await request(url, {
      method,
      headers,
      body: method === 'GET' ? undefined : body,
      signal: AbortSignal.timeout(upstream.timeoutMs),
      dispatcher: gate.dispatcher,
    });
    text = await readCapped(response, MAX_UPSTREAM_BYTES);
  } catch (error) {
    log.warn({ operation: match.name, err: error instanceof Error ? error.message : String(error), cause: causeCode(error) }, 'CCE call failed');
    throw failure(error, method, upstream.timeoutMs);
  } finally {
    leave();
  }
  const status = response.statusCode;
  // Passed on to the browser as a header on success: only a value that looks like an id.
  const requestId = safeRequestId(headerOf(response, 'x-request-id'));
  log.info({ operation: match.name, status, ms: Math.round(performance.now() - started), requestId }, 'CCE call');
  if (text === undefined) {
    const tooLarge = new BffHttpError(502, BffCode.UPSTREAM_TOO_LARGE, `CCE sent a response larger than the planner accepts (${MAX_UPSTREAM_BYTES / 1024 / 1024} MB). Try again; if it persists, report the request id.`, requestId ? { requestId } : {});
    throw new CceCallError(tooLarge, 'answered', status);
  }
  if (status < 200 || status > 299) throw new CceCallError(fromUpstreamError(status, text, { get: (name) => headerOf(response, name) ?? null }), 'answered', status);
  // Operations documented without a response body (retry) may answer with nothing at all: that is their empty object.
  if (text.trim() === '' && match.operation.response.safeParse({}).success) text = '{}';
  try {
    JSON.parse(text);
  } catch {
    const malformed = new BffHttpError(502, BffCode.UPSTREAM_MALFORMED, 'CCE sent a response the planner could not read. Try again; if it persists, report the request id.', requestId ? { requestId } : {});
    throw new CceCallError(malformed, 'answered', status);
  }
  return { status, body: text, ...(requestId ? { requestId } : {}) };
}
