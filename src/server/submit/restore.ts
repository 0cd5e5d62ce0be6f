import { type AuditEntry, type AuditLog, AuditUnreadableError } from '../audit/audit-log';
import { BffHttpError, type UpstreamCode } from '../errors';
import { IDEMPOTENCY_TTL_MS, type IdempotencyStore } from './idempotency-store';
import { canonicalSha256 } from './plan-hash';
import { fingerprintOf } from './submit-attempt';
import { acceptedResult, errorResult, type SubmitResult, unknownResult } from './submit-result';
import { BffCode } from '../../shared/bff-errors';

/** The result a line stands for, as the first answer was; lines that sent nothing stand for none. */
function resultOf(entry: AuditEntry): SubmitResult | undefined {
  const requestId = entry.requestId ?? undefined;
  switch (entry.outcome) {
    case 'sending':
      // No outcome line followed: the BFF stopped while CCE had the request.
      return unknownResult(entry.kind, 502, 'The planner stopped while it was sending this request to CCE.');
    case 'accepted': {
      const reply = { status: entry.status ?? 200, body: JSON.stringify(entry.response ?? {}), ...(requestId ? { requestId } : {}) };
      return acceptedResult(reply, entry.response, entry.taskId);
    }
    case 'unknown':
    case 'refused': {
      // The code the first answer carried, read back from the audit log the BFF itself wrote.
      const code = (entry.errorCode ?? BffCode.OUTCOME_UNKNOWN) as BffCode | UpstreamCode;
      const error = new BffHttpError(entry.status ?? 502, code, entry.errorMessage ?? '', requestId ? { requestId } : {});
      return errorResult(entry.outcome, error);
    }
    default:
      return undefined;
  }
}

/** The plan a line names, hashed from its body as a submit's is: lines written before canonical hashing match too. */
function planSha256(entry: AuditEntry): string {
  const hash = canonicalSha256(entry.body);
  if (hash === undefined) {
    throw new AuditUnreadableError(`the ${entry.outcome} record of Idempotency-Key ${entry.idempotencyKey} written at ${entry.time}`, 'its body has no canonical JSON form');
  }
  return hash;
}

/**
 * Rebuilds the idempotency store from the last 24 h of the audit log, so a restart never re-sends a remembered submit.
 * Answers the record it could not read back, if any: the memory may then lack a sent submit, so submits must stop.
 */
export async function restoreFromAudit(store: IdempotencyStore<SubmitResult>, audit: AuditLog, now = Date.now()): Promise<AuditUnreadableError | undefined> {
  try {
    for (const entry of await audit.readSince(now - IDEMPOTENCY_TTL_MS)) {
      const result = resultOf(entry);
      if (!result || entry.idempotencyKey === null) continue;
      store.restore(entry.idempotencyKey, fingerprintOf(entry.clusterId, entry.kind, planSha256(entry)), entry.clusterId, Date.parse(entry.time), result);
    }
    return undefined;
  } catch (error) {
    if (error instanceof AuditUnreadableError) return error;
    throw error;
  }
}
