import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { REQUESTED_WITH_HEADER, REQUESTED_WITH_VALUE } from '../../shared/bff-api';
import { isLoopbackHost } from '../auth/auth-config';
import { BffHttpError } from '../errors';
import { BffCode } from '../../shared/bff-errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

const crossSite = (why: string) =>
  new BffHttpError(403, BffCode.CROSS_SITE, `State-changing requests are accepted only from the planner’s own pages: ${why}.`);

function checkStateChange(request: FastifyRequest, ownOrigin: string) {
  if (request.headers[REQUESTED_WITH_HEADER] !== REQUESTED_WITH_VALUE) {
    throw crossSite(`the ${REQUESTED_WITH_HEADER} header must be ${REQUESTED_WITH_VALUE}`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (originOf(origin) !== ownOrigin) throw crossSite(`this one came from ${origin.slice(0, 200)}`);
    return;
  }
  // Browsers send Origin on every cross-origin or non-GET fetch; Fetch Metadata covers the rest.
  if (request.headers['sec-fetch-site'] !== 'same-origin') throw crossSite('it carries neither a same-origin Origin nor Sec-Fetch-Site');
}

/**
 * CSRF defence for every state-changing call (same origin and the custom header), and, without sign-in,
 * answering only to loopback host names — so a web page cannot rebind its own name to 127.0.0.1 and drive the planner.
 */
export const requestOrigin = fp<{ publicOrigin?: string }>(
  async (app, { publicOrigin }) => {
    app.addHook('onRequest', async (request) => {
      if (publicOrigin === undefined && !isLoopbackHost(request.hostname)) {
        throw new BffHttpError(421, BffCode.MISDIRECTED, 'Without sign-in configured the planner answers only on loopback (127.0.0.1 or localhost).');
      }
      if (SAFE_METHODS.has(request.method)) return;
      checkStateChange(request, publicOrigin ?? originOf(`${request.protocol}://${request.host}`) ?? 'null');
    });
  },
  { name: 'request-origin' },
);
