import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/** The page's policy: scripts only from our own origin, styles from it or emotion's nonce-bearing tags. */
export const pageCsp = (nonce: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

// Anything but the page itself (JSON, assets) has no reason to run or embed anything.
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Browser defences on every response; HSTS only over TLS (directly, or as the configured public URL says). */
const plugin: FastifyPluginAsync<{ https: boolean }> = async (app, { https }) => {
  app.addHook('onSend', async (request, reply) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', API_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    if (https || request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
};

export const securityHeaders = fp<{ https: boolean }>(plugin, { name: 'security-headers' });
