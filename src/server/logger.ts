import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/** Structured logs; anything that could carry a credential is redacted even though nothing should put it there. */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
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
