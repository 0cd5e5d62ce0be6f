import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod/mini';
import { matchOperation, type MatchedOperation } from '../cce/allow-list';
import { callCce, type Upstream } from '../cce/client';
import { visibleClusterList } from '../auth/roles';
import { BffHttpError } from '../errors';
import { parseJsonText, parseWith, requireJsonContentType } from '../json-body';
import { isSubmitOperation, submitRouteFor } from '../submit/submit-operations';
import { BffCode } from '../../shared/bff-errors';
import type { UpgradeRecorder } from '../upgrade-history/recorder';

const BODY_LIMIT = 256 * 1024;

// The pre- and post-check bodies name their cluster (spec.clusterID). It must be the path's: access is checked on the
// path, and CCE would act on either.
const namesCluster = z.object({ spec: z.object({ clusterID: z.string() }) });

/** Checks a body against the operation's shared schema; only then may it be signed and sent. */
function validateBody(match: MatchedOperation, raw: string, contentType: string | undefined): string {
  const schema = match.operation.body;
  if (!schema) return '';
  requireJsonContentType(contentType, 'request body');
  const named = namesCluster.safeParse(parseWith(schema, parseJsonText(raw, 'request body'), 'request body'));
  if (named.success && named.data.spec.clusterID !== match.params.cluster_id) {
    throw new BffHttpError(
      400,
      BffCode.CLUSTER_MISMATCH,
      `The request body names cluster ${named.data.spec.clusterID}, but the path names ${match.params.cluster_id ?? 'none'}: they must be the same cluster.`,
    );
  }
  return raw;
}

// The operation a proxied request names, worked out once for the access hook and the handler.
const matches = new WeakMap<FastifyRequest, MatchedOperation>();
function matchOf(request: FastifyRequest, projectId: string): MatchedOperation {
  let match = matches.get(request);
  if (!match) {
    const rawUrl = request.raw.url ?? '';
    const queryAt = rawUrl.indexOf('?');
    const path = `/${(request.params as { '*'?: string })['*'] ?? ''}`;
    match = matchOperation(request.method, queryAt === -1 ? path : `${path}${rawUrl.slice(queryAt)}`, projectId);
    matches.set(request, match);
  }
  return match;
}

/** Every cluster a proxied call names: in its path, or in ?cluster_id= (the add-on instance list). */
function proxiedClusters(match: MatchedOperation): string[] {
  const fromPath = match.params.cluster_id === undefined ? [] : [match.params.cluster_id];
  return [...fromPath, ...match.query.filter(([name]) => name === 'cluster_id').map(([, value]) => value)];
}

/** Operations that change a cluster go only through the audited, idempotent submit routes. */
function refuseSubmit(match: MatchedOperation): void {
  if (!match.operation.submit) return;
  // A flagged operation always has a route (submit-paths checks that at compile time); the fallback only keeps the types honest.
  if (!isSubmitOperation(match.name)) throw new BffHttpError(405, BffCode.USE_SUBMIT_ROUTE, `The planner does not forward ${match.name}.`);
  const route = submitRouteFor(match.name, match.params.cluster_id ?? '{cluster_id}');
  throw new BffHttpError(
    405,
    BffCode.USE_SUBMIT_ROUTE,
    `The planner does not forward ${match.name} through its CCE proxy. Send it with POST ${route} and an Idempotency-Key header: ` +
      'that route records every attempt in the audit log and never sends the same submit to CCE twice.',
  );
}

/**
 * /api/cce/<operation path> → {endpoint}/api/<the same path, rebuilt from its validated parts>, for allow-listed
 * operations only. The body is forwarded as the exact bytes the browser sent (after validation), so what the user
 * reviewed is what CCE receives.
 */
export const cceProxyRoutes: FastifyPluginAsync<{ upstream: Upstream; recorder: UpgradeRecorder }> = async (app, { upstream, recorder }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));

  app.route({
    method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    url: '/*',
    // Reads and checks are planning, open to viewers; operations that change a cluster are refused below whoever asks.
    config: {
      access: {
        needs: 'viewer',
        clusters: (request) => proxiedClusters(matchOf(request, upstream.projectId)),
        limit: (request) => (request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'check'),
      },
    },
    handler: async (request, reply) => {
      const match = matchOf(request, upstream.projectId);
      refuseSubmit(match);
      const body = validateBody(match, typeof request.body === 'string' ? request.body : '', request.headers['content-type']);
      const result = await callCce(upstream, match, body, request.log);
      if (result.requestId) reply.header('x-request-id', result.requestId);
      // Task reads are where the planner sees its upgrades progress: the BFF times them for the duration estimate.
      if (result.status === 200) await recorder.observeRead(match.name, match.params.cluster_id, result.body, request.log);
      const text = match.name === 'listClusters' ? visibleClusterList(result.body, request.user) : result.body;
      return reply.code(result.status).type('application/json; charset=utf-8').send(text);
    },
  });
};
