import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import { BffHttpError } from './errors';
import { BffCode } from '../shared/bff-errors';

/**
 * How long and how many clients may hold the BFF's sockets. Without these a client that dribbles its body one byte
 * at a time holds a socket for minutes, signed in or not, and about 1,100 of them made the BFF unreachable.
 */
export interface HttpLimits {
  /** From the connection's first byte until its headers are complete. */
  headersTimeoutMs: number;
  /** From the first byte until the whole request, body included, has arrived. */
  requestTimeoutMs: number;
  /** How long a connection may wait for its next request after an answer. */
  keepAliveTimeoutMs: number;
  /** How long a socket may see no traffic at all (a client that stops reading an answer); never shorter than a CCE call. */
  idleTimeoutMs: number;
  /** Connections held at once; past it new ones are closed at once, so the process keeps file descriptors for CCE. */
  maxConnections: number;
}

/**
 * - headers 10 s: a browser sends its headers in one packet; 10 s is ample even over a poor mobile link.
 * - request 30 s: the largest body the BFF takes is 256 KB (a plan or an UpgradeCluster body), seconds even at
 *   modem speed; a client still sending after 30 s is broken or hostile.
 * - keep-alive 5 s (Node's own default): long enough to reuse a connection across the SPA's bursts of reads, short
 *   enough that idle browsers do not hold sockets. A proxy in front must keep idle upstream connections for less
 *   (e.g. nginx `keepalive_timeout 4s` in its upstream block) or it may reuse one the BFF is closing.
 * - idle 60 s: above the default CCE timeout (30 s), so a request waiting for CCE is never cut for silence;
 *   serverTimeouts raises it further when CCE_TIMEOUT_MS is longer.
 * - 1,000 connections: many times the browsers (six connections each) of everyone who would plan upgrades at once,
 *   and far below the file-descriptor limit Node raises itself to at start, leaving room for the CCE pool, the
 *   database and log files.
 */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  maxConnections: 1_000,
};

/** The part of the Fastify options that enforces the limits; `maxConnections` is set on the server once it exists. */
export function serverTimeouts(
  limits: HttpLimits,
  longestWaitMs: number,
): Pick<FastifyServerOptions, 'connectionTimeout' | 'keepAliveTimeout' | 'requestTimeout'> & { http: ServerOptions } {
  // Node refuses a headers timeout longer than the request timeout.
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node's idle timer does not know a handler is waiting for CCE: it must outlast the longest such wait.
    connectionTimeout: Math.max(limits.idleTimeoutMs, longestWaitMs + 5_000),
    http: {
      headersTimeout,
      requestTimeout: limits.requestTimeoutMs,
      // Node checks the two timeouts above only this often (30 s by default), which would let a slow client hold a
      // socket for up to twice the limit. A check walks the connection list once: cheap at 1,000 connections.
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeout / 4)),
    },
  };
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function answerFor(code: string | undefined, limits: HttpLimits): BffHttpError {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new BffHttpError(
      408,
      BffCode.REQUEST_TIMEOUT,
      `The request took too long to arrive: the planner waits ${seconds(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs))} for a ` +
        `request's headers and ${seconds(limits.requestTimeoutMs)} for all of it. Check the network connection and try again.`,
    );
  }
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new BffHttpError(
      431,
      BffCode.HEADERS_TOO_LARGE,
      'The request\u2019s headers are larger than the planner accepts. This usually means the browser holds too many or too ' +
        'large cookies for this site: clear them, sign in again and retry.',
    );
  }
  return new BffHttpError(400, BffCode.BAD_REQUEST, 'The planner could not read this request: it is not valid HTTP.');
}

const REASONS: Record<number, string> = { 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
/** How long a client may keep its side open after the error answer went out. */
const CLOSE_GRACE_MS = 2_000;

// Node's own bookkeeping of the answer in progress on a socket; not in its public types.
type HttpSocket = Socket & { _httpMessage?: { headersSent?: boolean } };

/**
 * Answers what Node rejects before any route runs (a malformed request line, oversized headers, a request that took
 * too long) in the BFF's error shape instead of Node's bare text, then closes the connection: after such an error
 * the stream's framing cannot be trusted.
 */
export function clientErrorHandler(limits: HttpLimits) {
  return function onClientError(this: { log: FastifyBaseLogger }, error: Error & { code?: string }, socket: HttpSocket): void {
    // A reset or a socket already gone: nobody is left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const answer = answerFor(error.code, limits);
    this.log.info({ code: error.code, remoteAddress: socket.remoteAddress, status: answer.status }, 'client error answered');
    // Like Node: write only when no answer to this request has started, or the bytes would corrupt it.
    if (!socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify(answer.toBody());
    // end(), not write() and destroy(): closing a socket with unread input sends a reset, and the client's kernel may
    // then drop the answer before the client reads it. The timer ends a client that never closes its side.
    socket.end(
      `HTTP/1.1 ${answer.status} ${REASONS[answer.status] ?? 'Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n' +
        body,
    );
    setTimeout(() => socket.destroy(), CLOSE_GRACE_MS).unref();
  };
}
