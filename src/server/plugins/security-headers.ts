import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/** Baseline browser defences on every response; the full CSP arrives with the access-control work. */
const plugin: FastifyPluginAsync = async (app) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
  });
};

export const securityHeaders = fp(plugin, { name: 'security-headers' });
