import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import type { DestinationStream } from 'pino';

/** Structured logs; anything that could carry a credential is redacted even though nothing should put it there. */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      // The provider's redirect back carries a one-time code and state in its query: log the path only.
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: request.url.startsWith('/api/auth/') ? request.url.split('?')[0] : request.url,
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
