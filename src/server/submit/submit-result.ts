
import type { AuditEntry } from '../audit/audit-log';
import type { CceReply } from '../cce/client';
import { BffHttpError } from '../errors';
import type { Settled, SubmitOutcome } from '../db/submit-table';
import type { SubmitKind } from './submit-operations';
import { BffCode } from '../../shared/bff-errors';

/** What the BFF answers, kept whole so a replay answers exactly the same. */
export interface Answer {
  status: number;
  /** JSON text. */
  body: string;
  headers: Record<string, string>;
}

export type ResultFacts = Pick<AuditEntry, 'status' | 'taskId' | 'errorCode' | 'errorMessage' | 'requestId' | 'response'>;

export interface SubmitResult extends Settled {
  outcome: SubmitOutcome;
  answer: Answer;
  facts: ResultFacts;
}

export function errorResult(outcome: SubmitOutcome, error: BffHttpError): SubmitResult {
  return {
    outcome,
    answer: { status: error.status, body: JSON.stringify(error.toBody()), headers: error.headers() },
    facts: { status: error.status, taskId: null, errorCode: error.code, errorMessage: error.message, requestId: error.extra.requestId ?? null },
  };
}

export function acceptedResult(reply: CceReply, response: unknown, taskId: string | null): SubmitResult {
  return {
    outcome: 'accepted',
    answer: { status: reply.status, body: reply.body, headers: reply.requestId ? { 'x-request-id': reply.requestId } : {} },
    facts: { status: reply.status, taskId, errorCode: null, errorMessage: null, requestId: reply.requestId ?? null, response },
  };
}

const whatMayHaveHappened: Record<SubmitKind, string> = {
  upgrade:
    'CCE may or may not have started the upgrade. The planner will look for the task in the cluster\u2019s upgrade task list; ' +
    'check there and do not resubmit blindly, or the cluster could be upgraded twice.',
  retry:
    'CCE may or may not have retried the upgrade task. The planner will look at the task in the cluster\u2019s upgrade task list; ' +
    'check its phase there and do not retry blindly.',
};

/** A submit that may have reached CCE but whose fate is not known: remembered, and never sent again under its key. */
export function unknownResult(kind: SubmitKind, status: 502 | 504, reason: string, requestId?: string): SubmitResult {
  const error = new BffHttpError(status, BffCode.OUTCOME_UNKNOWN, `${reason} ${whatMayHaveHappened[kind]}`, requestId ? { requestId } : {});
  return errorResult('unknown', error);
}

/** A submit whose replica stopped before recording what became of it: CCE may have it. */
export const stoppedMidCall = (kind: SubmitKind) => unknownResult(kind, 502, 'The planner stopped while it was sending this request to CCE.');
