import type { FastifyPluginAsync } from 'fastify';
import { describeIssues, fieldIssues } from '../../shared/issues';
import { matchOperation } from '../cce/allow-list';
import { callCce, type Upstream } from '../cce/client';
import { BffHttpError } from '../errors';
import { parseJsonBody } from '../json-body';

const BODY_LIMIT = 256 * 1024;

/** Checks a body against the operation's shared schema; only then may it be signed and sent. */
function validateBody(match: ReturnType<typeof matchOperation>, raw: string, contentType: string | undefined): string {
  const schema = match.operation.body;
  if (!schema) return '';
  if (!/^application\/json\s*(;|$)/i.test(contentType ?? '')) {
    throw new BffHttpError(415, 'BFF.UNSUPPORTED_MEDIA_TYPE', 'Send the upgrade request as application/json.');
  }
  const parsed = schema.safeParse(parseJsonBody(raw));
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    throw new BffHttpError(400, 'BFF.INVALID_BODY', `The upgrade request is invalid: ${describeIssues(issues)}`, { issues });
  }
  return raw;
}

/**
 * /api/cce/<rest> → {endpoint}/api/<rest>, for allow-listed operations only. The body is forwarded as
 * the exact bytes the browser sent (after validation), so what the user reviewed is what CCE receives.
 */
export const cceProxyRoutes: FastifyPluginAsync<{ upstream: Upstream }> = async (app, { upstream }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));

  app.route({
    method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    url: '/*',
    handler: async (request, reply) => {
      const rest = request.raw.url?.slice('/api/cce'.length) ?? '';
      const match = matchOperation(request.method, rest, upstream.projectId);
      const body = validateBody(match, typeof request.body === 'string' ? request.body : '', request.headers['content-type']);
      const result = await callCce(upstream, match, body, request.log);
      if (result.requestId) reply.header('x-request-id', result.requestId);
      return reply.code(result.status).type('application/json; charset=utf-8').send(result.body);
    },
  });
};
