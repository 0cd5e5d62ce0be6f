import { idempotencyKeySchema, retryUpgradeSchema, submitUpgradeSchema } from '../../shared/bff-api';
import { upgradeRequestSchema } from '../../shared/upgrade-request';
import type { AuditEntry } from '../audit/audit-log';
import { namedOperation, parsePathParam, type MatchedOperation } from '../cce/allow-list';
import { BffHttpError } from '../errors';
import { parseJsonText, parseWith, requireJsonContentType } from '../json-body';
import { canonicalSha256, sha256 } from './plan-hash';
import { submitOperations, type SubmitKind, type SubmitOperation } from './submit-operations';
import { BffCode } from '../../shared/bff-errors';

/** A submit as it arrived, before any check. */
export interface RawSubmit {
  operation: SubmitOperation;
  clusterId: string;
  idempotencyKey: string | string[] | undefined;
  contentType: string | undefined;
  body: string;
}

/** What the audit line says about the request itself, filled in as far as the request could be read. */
export type AttemptFacts = Pick<
  AuditEntry,
  'clusterId' | 'idempotencyKey' | 'bodySha256' | 'textSha256' | 'body' | 'acceptedRisks' | 'preCheckTaskId' | 'sendAgain' | 'taskId' | 'plan'
> & { kind: SubmitKind };

export interface Attempt {
  facts: AttemptFacts;
  key: string;
  /**
   * Names what would be sent: the same fingerprint means the same call to CCE (for an upgrade, the same plan however it
   * is spelled; for a retry, the same task). Only an upgrade's twin under another key is answered from memory or held
   * back when its outcome is unknown; a retry's twin is sent again once the first has settled, since each retry resumes
   * the task anew (see ClaimRequest.settledTwins in db/submit-table.ts).
   */
  fingerprint: string;
  call: MatchedOperation;
  /** The exact bytes to send. */
  payload: string;
}

export const fingerprintOf = (clusterId: string, kind: SubmitKind, bodySha256: string) => `${clusterId} ${kind} ${bodySha256}`;

/** The parsed request for the audit line, or nothing when it cannot be read unambiguously (then nothing is sent either). */
function tryJson(text: string): unknown {
  try {
    return parseJsonText(text, 'request');
  } catch {
    return undefined;
  }
}

function parseKey(header: string | string[] | undefined): string {
  if (header === undefined || header === '') {
    throw new BffHttpError(400, BffCode.INVALID_IDEMPOTENCY_KEY, 'Send an Idempotency-Key header: a UUID made once per submit and sent again only when resending that same submit.');
  }
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) {
    throw new BffHttpError(400, BffCode.INVALID_IDEMPOTENCY_KEY, 'The Idempotency-Key header must be one UUID, made once per submit (for example with crypto.randomUUID()).');
  }
  return parsed.data;
}

const noCanonicalForm = () =>
  new BffHttpError(
    400,
    BffCode.INVALID_BODY,
    'The upgrade request escapes an unpaired UTF-16 surrogate (such as \\ud800), so it has no canonical form by which the planner ' +
      'could tell whether this plan was already sent. Remove it.',
  );

/** The UpgradeCluster text must be JSON the shared schema accepts; it is then sent as is. */
function readUpgrade(outer: unknown, facts: AttemptFacts): string {
  // Record what the request was even when the wrapper is wrong, so the audit line shows what was attempted.
  if (typeof outer === 'object' && outer !== null && 'request' in outer && typeof outer.request === 'string') {
    const textSha256 = sha256(outer.request);
    facts.textSha256 = textSha256;
    facts.body = tryJson(outer.request);
    facts.bodySha256 = canonicalSha256(facts.body) ?? textSha256;
  }
  const submit = parseWith(submitUpgradeSchema, outer, 'submit');
  facts.acceptedRisks = submit.acceptedRisks;
  facts.preCheckTaskId = submit.preCheckTaskId ?? null;
  if (submit.sendAgain) facts.sendAgain = { reason: submit.sendAgain.reason, overrides: null };
  if (submit.plan) facts.plan = { ...submit.plan };
  const request: unknown = parseJsonText(submit.request, 'upgrade request');
  parseWith(upgradeRequestSchema, request, 'upgrade request');
  if (canonicalSha256(request) === undefined) throw noCanonicalForm();
  return submit.request;
}

/** A retry carries no body to CCE; what identifies it is the task, hashed in a canonical form. */
function readRetry(outer: unknown, facts: AttemptFacts): string {
  const { taskId } = parseWith(retryUpgradeSchema, outer, 'retry request');
  facts.body = { taskId };
  facts.bodySha256 = canonicalSha256(facts.body) ?? '';
  facts.taskId = taskId;
  return '';
}

/** Checks a submit in the order a user can fix it; the facts are returned either way, for the audit line. */
export function readAttempt(raw: RawSubmit, projectId: string): { facts: AttemptFacts; attempt: Attempt } | { facts: AttemptFacts; error: BffHttpError } {
  const kind = submitOperations[raw.operation].kind;
  const facts: AttemptFacts = {
    kind,
    clusterId: raw.clusterId.slice(0, 64),
    idempotencyKey: typeof raw.idempotencyKey === 'string' ? raw.idempotencyKey.slice(0, 64) : null,
    bodySha256: sha256(raw.body),
    textSha256: sha256(raw.body),
    acceptedRisks: [],
    preCheckTaskId: null,
    taskId: null,
  };
  try {
    const clusterId = parsePathParam('cluster_id', raw.clusterId);
    const key = parseKey(raw.idempotencyKey);
    requireJsonContentType(raw.contentType, `${kind} request`);
    const outer = parseJsonText(raw.body, `${kind} request`);
    const payload = kind === 'upgrade' ? readUpgrade(outer, facts) : readRetry(outer, facts);
    const call = namedOperation(raw.operation, { project_id: projectId, cluster_id: clusterId });
    return { facts, attempt: { facts, key, fingerprint: fingerprintOf(clusterId, kind, facts.bodySha256), call, payload } };
  } catch (error) {
    if (error instanceof BffHttpError) return { facts, error };
    throw error;
  }
}
