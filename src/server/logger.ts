import type { FastifyRequest, FastifyServerOptions } from 'fastify';
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
