import type { FastifyBaseLogger } from 'fastify';
import { cceOperations } from '../../shared/cce-operations';
import { callCce, CceCallError, type CceReply, type Upstream } from '../cce/client';
import type { Attempt } from './submit-attempt';
import { acceptedResult, errorResult, type SubmitResult, unknownResult } from './submit-result';
import { BffCode } from '../../shared/bff-errors';

/** 2xx is accepted only with an answer the planner can follow (the upgrade's task id); anything else leaves it unknown. */
function fromReply(attempt: Attempt, reply: CceReply): SubmitResult {
  const { kind } = attempt.facts;
  const response: unknown = JSON.parse(reply.body);
  const unreadable = () => unknownResult(kind, 502, `CCE answered HTTP ${reply.status}, but not with an answer the planner can read.`, reply.requestId);
  if (kind === 'upgrade') {
    const parsed = cceOperations.upgradeCluster.response.safeParse(response);
    return parsed.success ? acceptedResult(reply, response, parsed.data.metadata.uid) : unreadable();
  }
  return cceOperations.retryUpgrade.response.safeParse(response).success ? acceptedResult(reply, response, attempt.facts.taskId) : unreadable();
}

/**
 * A refusal CCE sent (4xx) or a call that never left the BFF is safe to send again; a 5xx, a timeout, a broken
 * connection or an unreadable 2xx may hide an upgrade CCE started, so its outcome is unknown.
 */
function fromFailure(attempt: Attempt, error: CceCallError, timeoutMs: number): SubmitResult {
  const { kind } = attempt.facts;
  const requestId = error.extra.requestId;
  if (error.delivery === 'not-sent') return errorResult('refused', error);
  if (error.delivery === 'maybe') {
    return error.code === BffCode.UPSTREAM_TIMEOUT
      ? unknownResult(kind, 504, `CCE did not answer within ${timeoutMs / 1000} s.`)
      : unknownResult(kind, 502, 'The connection to CCE broke after the request was sent.');
  }
  const status = error.upstreamStatus ?? error.status;
  if (status >= 500) return unknownResult(kind, 502, `CCE answered HTTP ${status} (${error.code}: ${error.message}).`, requestId);
  if (status < 400) return unknownResult(kind, 502, `CCE answered HTTP ${status}, but not with an answer the planner can read.`, requestId);
  return errorResult('refused', error);
}

/** Sends one claimed submit and says what became of it; never throws, never retries. */
export async function sendSubmit(upstream: Upstream, attempt: Attempt, log: FastifyBaseLogger): Promise<SubmitResult> {
  try {
    return fromReply(attempt, await callCce(upstream, attempt.call, attempt.payload, log));
  } catch (error) {
    if (error instanceof CceCallError) return fromFailure(attempt, error, upstream.timeoutMs);
    // Not a failure of the call itself (signing, a bug): whether anything left the BFF cannot be told, so assume it may have.
    log.error({ err: error }, 'submit failed unexpectedly');
    return unknownResult(attempt.facts.kind, 502, 'The planner failed while sending the request.');
  }
}
