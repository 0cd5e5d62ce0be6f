import type { FastifyBaseLogger } from 'fastify';
import { REPLAYED_HEADER } from '../../shared/bff-api';
import type { AuditEntry, AuditLog, AuditOutcome, AuditUnreadableError } from '../audit/audit-log';
import type { Upstream } from '../cce/client';
import { BffHttpError } from '../errors';
import type { EarlierSend, SubmitMemory } from '../db/submit-table';
import { sendSubmit } from './send-submit';
import { type AttemptFacts, type RawSubmit, readAttempt } from './submit-attempt';
import { type Answer, errorResult, type ResultFacts, type SubmitResult } from './submit-result';
import { BffCode } from '../../shared/bff-errors';
import { actorOf } from '../plans/caller';
import type { ReviewGate } from '../plans/review-gate';

export interface SubmitterOptions {
  upstream: Upstream;
  audit: AuditLog;
  memory: SubmitMemory<SubmitResult>;
  /** Set when the audit log holds a record that could not be read back: the memory may lack a sent submit. */
  unreadable?: AuditUnreadableError | undefined;
  /** Reviewed plans: what an upgrade must pass (approvals, same text, no drift) before it is claimed. */
  gate?: ReviewGate;
}

export interface SubmitContext {
  log: FastifyBaseLogger;
  user: AuditEntry['user'];
}

const auditUnavailable = () =>
  new BffHttpError(
    503,
    BffCode.AUDIT_UNAVAILABLE,
    'The planner could not record this submit in its database, so it did not send it to CCE and nothing changed. ' +
      'Ask the operator to check the database (GET /api/ready says whether it answers), then submit again.',
  );

const keyReused = () =>
  new BffHttpError(
    422,
    BffCode.IDEMPOTENCY_KEY_REUSED,
    'This Idempotency-Key was already used for a different request. Reuse a key only to resend exactly the same submit; ' +
      'a changed plan needs a new key.',
  );

const clusterBusy = () =>
  new BffHttpError(
    409,
    BffCode.SUBMIT_IN_PROGRESS,
    'Another submit for this cluster is still waiting for CCE\u2019s answer. Wait for it, check the cluster\u2019s upgrade tasks, ' +
      'then decide whether to submit this plan.',
  );

const inFlightElsewhere = () =>
  new BffHttpError(
    409,
    BffCode.SUBMIT_IN_PROGRESS,
    'This submit is being sent to CCE right now by another instance of the planner. Wait a moment, then look at the ' +
      'cluster\u2019s upgrade tasks, or send the same request again to get its answer.',
  );

/** `cause` says which record, naming the setting (AUDIT_LOG), never the server's path. */
const auditUnreadable = (cause: string) =>
  new BffHttpError(
    503,
    BffCode.AUDIT_UNREADABLE,
    `The planner did not send this to CCE: it cannot read back its record of earlier submits, so it cannot tell whether this ` +
      `one was already sent. ${cause} Ask the operator to inspect that record (restore or remove it once the ` +
      'cluster\u2019s upgrade tasks show what was sent) and restart the planner. Reading clusters and tasks still works.',
  );

const unknownPlan = ({ at }: EarlierSend) => {
  const sentAt = new Date(at).toISOString();
  return new BffHttpError(
    409,
    BffCode.OUTCOME_UNKNOWN_PLAN,
    `This plan was already sent to CCE at ${sentAt} and CCE\u2019s answer was lost, so the upgrade may have started. Look in the ` +
      'cluster\u2019s upgrade tasks first. If CCE has no task for it and you want to send it anyway, submit it again with a new ' +
      'Idempotency-Key and sendAgain: { reason } saying why.',
    { sentAt },
  );
};

/** A send-again's record, naming the send with an unknown outcome it went past, if any. */
const overriding = (sendAgain: NonNullable<AttemptFacts['sendAgain']>, overrides: EarlierSend | undefined) => ({
  ...sendAgain,
  overrides: overrides ? { idempotencyKey: overrides.key, time: new Date(overrides.at).toISOString() } : null,
});

const noResult: ResultFacts = { status: null, taskId: null, errorCode: null, errorMessage: null, requestId: null };

/**
 * Runs one submit or retry: check it, claim it in the database's memory of submits (which decides whether it may
 * reach CCE) together with its audit record (a submit that cannot be recorded is not sent), send it at most once, and
 * record its outcome.
 */
export function createSubmitter({ upstream, audit, memory, unreadable, gate }: SubmitterOptions) {
  /** A saved plan whose text CCE accepted is submitted; a failure here loses nothing the audit trail lacks. */
  const markSubmitted = async (facts: AttemptFacts, taskId: string | null, user: SubmitContext['user'], log: FastifyBaseLogger) => {
    if (!gate || !facts.plan || !taskId) return;
    try {
      await gate.submitted(facts.plan, taskId, actorOf(user));
    } catch (error) {
      log.error({ err: error, planId: facts.plan.id }, 'could not mark the plan submitted; the audit trail and the memory of submits have it');
    }
  };

  return async function submit(raw: RawSubmit, { log, user }: SubmitContext): Promise<Answer> {
    const line = (facts: AttemptFacts, outcome: AuditOutcome, result: ResultFacts, at = new Date()): AuditEntry => {
      // Spelled out so every line lists its fields in one order, the order a reader scans them in.
      return {
        time: at.toISOString(),
        kind: facts.kind,
        clusterId: facts.clusterId,
        idempotencyKey: facts.idempotencyKey,
        bodySha256: facts.bodySha256,
        textSha256: facts.textSha256,
        body: facts.body,
        acceptedRisks: facts.acceptedRisks,
        preCheckTaskId: facts.preCheckTaskId,
        sendAgain: facts.sendAgain,
        outcome,
        status: result.status,
        // A retry's task id is the task it targets; an accepted upgrade's is the task CCE created.
        taskId: result.taskId ?? facts.taskId,
        errorCode: result.errorCode,
        errorMessage: result.errorMessage,
        requestId: result.requestId,
        user,
        ...(facts.plan ? { plan: facts.plan } : {}),
        response: result.response,
      };
    };
    // Lines about attempts that send nothing must not turn an answer into an error; a lost one is logged loudly.
    const record = async (entry: AuditEntry) => {
      try {
        await audit.append(entry);
      } catch (error) {
        log.error({ err: error, outcome: entry.outcome, idempotencyKey: entry.idempotencyKey }, 'audit log write failed');
      }
    };
    const refuse = async (facts: AttemptFacts, outcome: AuditOutcome, error: BffHttpError) => {
      const { answer, facts: result } = errorResult('refused', error);
      await record(line(facts, outcome, result));
      return answer;
    };

    const read = readAttempt(raw, upstream.projectId);
    if (unreadable) return refuse(read.facts, 'refused', auditUnreadable(unreadable.message));
    if ('error' in read) return refuse(read.facts, 'invalid', read.error);
    const { attempt } = read;
    const { facts } = attempt;
    if (gate && facts.kind === 'upgrade') {
      let checked;
      try {
        checked = await gate.check(facts.clusterId, attempt.payload, facts.plan, log);
      } catch (error) {
        // The fresh snapshot could not be taken: nothing is sent on a drift check that did not run.
        if (error instanceof BffHttpError) return refuse(facts, 'refused', error);
        throw error;
      }
      if (checked.plan) facts.plan = checked.plan;
      if (checked.error) return refuse(facts, 'refused', checked.error);
    }
    let claim;
    try {
      claim = await memory.claim({
        key: attempt.key,
        fingerprint: attempt.fingerprint,
        clusterId: facts.clusterId,
        kind: facts.kind,
        settledTwins: facts.kind === 'upgrade',
        sendAgain: facts.sendAgain !== undefined,
        // Its time is the claim's, which a later 409 names as when the plan was sent. The facts are left as they are:
        // the claim may be decided again, or roll back, and only a claim made names the send it overrode.
        sending: (overrides, at) => line({ ...facts, ...(facts.sendAgain ? { sendAgain: overriding(facts.sendAgain, overrides) } : {}) }, 'sending', noResult, at),
      });
    } catch (error) {
      log.error({ err: error, idempotencyKey: attempt.key }, 'could not record the submit in the database; it was not sent');
      return refuse(facts, 'refused', auditUnavailable());
    }

    if (claim.kind === 'key-reused') return refuse(facts, 'conflict', keyReused());
    if (claim.kind === 'cluster-busy') return refuse(facts, 'conflict', clusterBusy());
    if (claim.kind === 'in-flight') return refuse(facts, 'conflict', inFlightElsewhere());
    if (claim.kind === 'held') return refuse(facts, 'refused', auditUnreadable(claim.message));
    if (claim.kind === 'outcome-unknown') return refuse(facts, 'conflict', unknownPlan(claim.earlier));
    if (claim.kind === 'replay') {
      const first = await claim.result();
      await record(line(facts, 'replayed', first.facts));
      // The same upgrade was already started (maybe under another saved plan with the same text): this plan went out too.
      if (first.outcome === 'accepted') await markSubmitted(facts, first.facts.taskId, user, log);
      return { ...first.answer, headers: { ...first.answer.headers, [REPLAYED_HEADER]: 'true' } };
    }
    if (facts.sendAgain) facts.sendAgain = overriding(facts.sendAgain, claim.overrides);

    const result = await sendSubmit(upstream, attempt, log);
    log.info({ kind: facts.kind, clusterId: facts.clusterId, idempotencyKey: attempt.key, outcome: result.outcome, status: result.answer.status }, 'submit');
    // With its outcome line, in one transaction. Should that fail, the claim stays pending and reads as unknown once its
    // deadline passes: never sent again, whatever this answer says.
    try {
      await claim.settle(result, line(facts, result.outcome, result.facts));
    } catch (error) {
      log.error({ err: error, idempotencyKey: attempt.key, outcome: result.outcome }, 'could not record the outcome of a submit in the database');
    }
    if (result.outcome === 'accepted') await markSubmitted(facts, result.facts.taskId, user, log);
    return result.answer;
  };
}
