import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { IDEMPOTENCY_HEADER } from '../../shared/bff-api';
import type { AuditEntry, AuditLog } from '../audit/audit-log';
import { clusterParams, type RouteAccess } from '../auth/route-access';
import type { Upstream } from '../cce/client';
import { IdempotencyStore } from '../submit/idempotency-store';
import { restoreFromAudit } from '../submit/restore';
import { submitOperations, type SubmitOperation } from '../submit/submit-operations';
import type { SubmitResult } from '../submit/submit-result';
import { createSubmitter } from '../submit/submitter';

// The submit body wraps the UpgradeCluster text (up to 200,000 characters) in JSON, which may escape it somewhat.
const BODY_LIMIT = 1024 * 1024;

export interface SubmitRoutesOptions {
  upstream: Upstream;
  audit: AuditLog;
  /**
   * What the BFF remembers of submits. By default a store rebuilt from the audit log; demo mode brings its own, never
   * rebuilt, because the simulator's tasks do not outlive the process.
   */
  idempotency?: IdempotencyStore<SubmitResult>;
}

const SUBMIT_ACCESS: RouteAccess = { needs: 'operator', clusters: clusterParams('clusterId'), limit: 'submit' };

/** Who the audit log names as the submitter (the auth plugin decorates every request with the signed-in user). */
const auditUser = ({ user }: FastifyRequest): AuditEntry['user'] => (user ? { subject: user.subject, name: user.name } : null);

/**
 * POST /api/clusters/:clusterId/upgrade and /upgrade/retry: the only way the planner changes a cluster. Each call is
 * audited, and repeats are answered from memory (rebuilt from the audit log at start) instead of reaching CCE twice.
 */
export const submitRoutes: FastifyPluginAsync<SubmitRoutesOptions> = async (app, { upstream, audit, idempotency }) => {
  const store = idempotency ?? new IdempotencyStore<SubmitResult>();
  const unreadable = idempotency ? undefined : await restoreFromAudit(store, audit);
  // The BFF still starts, so reads keep working; every submit and retry says why it is refused.
  if (unreadable) app.log.error({ err: unreadable, auditLog: unreadable.file }, 'audit log unreadable: submits and retries are refused until it is fixed');
  const submit = createSubmitter({ upstream, audit, store, unreadable });

  // Read as text: the upgrade request is forwarded byte for byte, and even a body that is not JSON gets its audit line.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));

  for (const [operation, { url }] of Object.entries(submitOperations) as Array<[SubmitOperation, { url: string }]>) {
    app.post<{ Params: { clusterId: string } }>(url, { config: { access: SUBMIT_ACCESS } }, async (request, reply) => {
      const answer = await submit(
        {
          operation,
          clusterId: request.params.clusterId,
          idempotencyKey: request.headers[IDEMPOTENCY_HEADER],
          contentType: request.headers['content-type'],
          body: typeof request.body === 'string' ? request.body : '',
        },
        { log: request.log, user: auditUser(request) },
      );
      return reply.code(answer.status).headers(answer.headers).type('application/json; charset=utf-8').send(answer.body);
    });
  }
};
