import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BffHttpError } from '../errors';

/** Serves the built SPA: hashed assets cached for a year, index.html revalidated, unknown pages fall back to the app. */
export const spaPlugin: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'no built SPA found; run `npm run build` (npm start does it for you)');
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // The build writes .br/.gz beside each asset (vite.config.ts); the global on-the-fly compression then leaves them be.
    preCompressed: true,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/')) throw new BffHttpError(404, 'BFF.NOT_FOUND', 'No such API route.');
    // A missing asset is a 404, not the app: a stale tab asking for an old chunk must see the failure.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) throw new BffHttpError(404, 'BFF.NOT_FOUND', 'No such file.');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
};
