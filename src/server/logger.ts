import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import type { DestinationStream } from 'pino';
import { cceOperations } from '../shared/cce-operations';

// Every query parameter name an allow-listed CCE read may carry: ids, flags and page sizes, none of them secret.
const CCE_QUERY_NAMES = new Set(Object.values(cceOperations).flatMap((operation) => Object.keys(operation.query)));

/**
 * The request target as it may be logged. A query is where one-time codes, states and tokens travel (the sign-in
 * callback, any link a user pastes), and a request line may be in absolute form (`GET http://host/path?…`), so no
 * prefix test on the raw target can decide it. The query is kept only for origin-form `/api/cce/` targets, where it
 * helps to tell reads apart, and even there only the values of parameters the allow-list knows; every other value
 * is redacted, whatever its name.
 */
export function loggedUrl(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return url;
  const path = url.slice(0, queryAt);
  if (!path.startsWith('/api/cce/')) return path;
  const kept = [...new URLSearchParams(url.slice(queryAt + 1))].map(([name, value]) => [name, CCE_QUERY_NAMES.has(name) ? value : '[redacted]']);
  return `${path}?${new URLSearchParams(kept).toString()}`;
}

/** Structured logs; anything that could carry a credential is redacted even though nothing should put it there. */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: loggedUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-auth-token"]',
        'req.headers["x-security-token"]',
        'res.headers["set-cookie"]',
        '*.sk',
        '*.secret',
        '*.credentials',
      ],
      censor: '[redacted]',
    },
  };
}

/**
 * One line per request, written when it is answered, carrying method, path, status and time together — Fastify's
 * default writes two ("incoming request" and a "request completed" without the path), which doubles the stdout writes
 * on the proxy's hot path and leaves whoever reads the log to join them by request id.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

export const requestLogging = () => new OneLinePerRequest({});
