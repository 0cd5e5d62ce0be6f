import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { IDEMPOTENCY_HEADER } from '../../shared/bff-api';
import type { AuditEntry, AuditUnreadableError } from '../audit/audit-log';
import { clusterParams, type RouteAccess } from '../auth/route-access';
import type { Upstream } from '../cce/client';
import { auditLog } from '../db/audit-table';
import type { Db } from '../db/database';
import { submitTable } from '../db/submit-table';
import { submitOperations, type SubmitOperation } from '../submit/submit-operations';
import { stoppedMidCall, type SubmitResult } from '../submit/submit-result';
import type { SubmitKind } from '../submit/submit-operations';
import { createSubmitter } from '../submit/submitter';
import type { ReviewGate } from '../plans/review-gate';

// The submit body wraps the UpgradeCluster text (up to 200,000 characters) in JSON, which may escape it somewhat.
const BODY_LIMIT = 1024 * 1024;

export interface SubmitRoutesOptions {
  upstream: Upstream;
  db: Db;
  /** Set when the audit log from before the database could not be imported: it may name a sent submit the database lacks. */
  unreadable?: AuditUnreadableError | undefined;
  now?: () => number;
  /** Reviewed plans: see ReviewGate. */
  gate?: ReviewGate;
}

/** Room, beyond the call's own timeout, for a replica to record its outcome before its claim reads as unknown. */
const SETTLE_GRACE_MS = 5_000;

const SUBMIT_ACCESS: RouteAccess = { needs: 'operator', clusters: clusterParams('clusterId'), limit: 'submit' };

/** Who the audit log names as the submitter (the auth plugin decorates every request with the signed-in user). */
const auditUser = ({ user }: FastifyRequest): AuditEntry['user'] => (user ? { subject: user.subject, name: user.name } : null);

/**
 * POST /api/clusters/:clusterId/upgrade and /upgrade/retry: the only way the planner changes a cluster. Each call is
 * audited, and repeats are answered from the database's memory of submits instead of reaching CCE twice.
 */
export const submitRoutes: FastifyPluginAsync<SubmitRoutesOptions> = async (app, { upstream, db, unreadable, now, gate }) => {
  const memory = submitTable<SubmitResult>({
    db,
    ...(now ? { now } : {}),
    claimMs: upstream.timeoutMs + SETTLE_GRACE_MS,
    stale: (kind) => stoppedMidCall(kind as SubmitKind),
  });
  // The BFF still starts, so reads keep working; every submit and retry says why it is refused.
  if (unreadable) app.log.error({ err: unreadable, auditLog: unreadable.file }, 'audit log unreadable: submits and retries are refused until it is fixed');
  const submit = createSubmitter({ upstream, audit: auditLog(db), memory, unreadable, ...(gate ? { gate } : {}) });

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
