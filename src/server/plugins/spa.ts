import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_NONCE_PLACEHOLDER } from '../../shared/bff-api';
import { BffHttpError } from '../errors';
import { pageCsp } from './security-headers';
import { BffCode } from '../../shared/bff-errors';


/** Serves the built SPA: hashed assets cached for a year, index.html revalidated, unknown pages fall back to the app. */
export const spaPlugin: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    app.log.warn({ root }, 'no built SPA found; run `npm run build` (npm start does it for you)');
  }
  let page: string | undefined;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // The page goes out only through the handler below, which fills in its nonce.
    allowedPath: (pathName) => pathName !== '/index.html',
    // The build writes .br/.gz beside each asset (vite.config.ts); the global on-the-fly compression then leaves them be.
    preCompressed: true,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Public: the page itself holds nothing; everything it shows comes through the API routes and their access.
  app.get('/*', { config: { access: { needs: 'public' } } }, async (request, reply) => {
    // A missing asset is a 404, not the app: a stale tab asking for an old chunk must see the failure.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) throw new BffHttpError(404, BffCode.NOT_FOUND, 'No such file.');
    page ??= readFileSync(indexPath, 'utf8');
    // A nonce per response: emotion tags its <style> elements with it, and nothing else may add styles.
    const nonce = randomBytes(16).toString('base64');
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', pageCsp(nonce))
      .type('text/html; charset=utf-8')
      .send(page.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
  });
};
