import { z } from 'zod/mini';
import { acceptedRiskSchema } from '../../shared/bff-api';
import { describeIssues, fieldIssues } from '../../shared/issues';

/**
 * `sending` is the write-ahead line put down before a submit reaches CCE; the attempt's outcome line follows it. A
 * `sending` line with no outcome after it means the BFF stopped mid-call, so the outcome is unknown.
 */
export const auditOutcomeSchema = z.enum(['sending', 'accepted', 'refused', 'unknown', 'invalid', 'replayed', 'conflict', 'approved', 'changes-requested']);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/** Records of a request that may have reached CCE: an import rebuilds the memory of submits from them, so they must say what was sent. */
const sentOutcomes = new Set<AuditOutcome>(['sending', 'accepted', 'unknown']);

/** One audit record: a row's `entry`, a line of an export or of an audit file from before the database. Nothing in it may carry a credential. */
export const auditEntrySchema = z
  .object({
    time: z.iso.datetime(),
    /** `review`: a verdict on a saved plan revision (outcome approved or changes-requested); it sends nothing. */
    kind: z.enum(['upgrade', 'retry', 'review']),
    clusterId: z.string(),
    idempotencyKey: z.nullable(z.string()),
    /**
     * Names the plan: SHA-256 of the request's canonical JSON (RFC 8785), so whitespace and key order do not matter; of
     * the exact text when it was not JSON. (Lines written before canonical hashing hash the exact text; the memory of submits
     * is rebuilt from `body`, never from this field.)
     */
    bodySha256: z.string(),
    /** SHA-256 of the exact request text received: for an upgrade, the bytes forwarded to CCE. Absent on older lines. */
    textSha256: z.optional(z.string()),
    /** The parsed request object; omitted when it was not JSON. */
    body: z.optional(z.unknown()),
    acceptedRisks: z.array(acceptedRiskSchema),
    preCheckTaskId: z.nullable(z.string()),
    /**
     * A person sent this plan although an earlier send of it had an unknown outcome: their reason, and which send that
     * was (null when there was none to override, as when it had been forgotten after 24 h).
     */
    sendAgain: z.optional(z.object({ reason: z.string(), overrides: z.nullable(z.object({ idempotencyKey: z.string(), time: z.iso.datetime() })) })),
    outcome: auditOutcomeSchema,
    /** The HTTP status the BFF answered; null on the write-ahead line. */
    status: z.nullable(z.int()),
    /** The upgrade task CCE created, or the task a retry targets. */
    taskId: z.nullable(z.string()),
    errorCode: z.nullable(z.string()),
    errorMessage: z.nullable(z.string()),
    requestId: z.nullable(z.string()),
    /** Who submitted: the signed-in user's subject and name; null when sign-in is not configured (loopback only). */
    user: z.nullable(z.object({ subject: z.string(), name: z.string() })),
    /**
     * The saved plan revision a submit sent or a review was given on: with the snapshot the drift check compared (on a
     * submit, the fresh one), what drifted when it was refused for that, and the approvals it went out on.
     */
    plan: z.optional(
      z.object({
        id: z.string(),
        revision: z.int(),
        snapshotSha256: z.optional(z.string()),
        drift: z.optional(z.array(z.string())),
        approvedBy: z.optional(z.array(z.object({ subject: z.string(), name: z.string() }))),
      }),
    ),
    /** CCE's answer to an accepted submit, so a replay answers the same, from any replica. */
    response: z.optional(z.unknown()),
  })
  .check(
    z.refine((entry) => !sentOutcomes.has(entry.outcome) || entry.body !== undefined, {
      message: 'a request that may have been sent must record its body',
      path: ['body'],
    }),
  );
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export interface AuditLog {
  /** Resolves once the record is durably written; rejects when it could not be, and then nothing of it is kept. */
  append(entry: AuditEntry): Promise<void>;
  /** Records written at or after `since` (epoch ms), oldest first. */
  readSince(since: number): Promise<AuditEntry[]>;
}

/** A line of the audit log that is not a whole, valid record: the operator must look at it before submits resume. */
export class AuditUnreadableError extends Error {
  /**
   * `where` names the record, e.g. "line 7 of the audit log (AUDIT_LOG)": the message reaches the browser, so it names
   * the setting, never the server's path. `file` is that path, for the server's own log.
   */
  constructor(
    readonly where: string,
    readonly reason: string,
    readonly file?: string,
  ) {
    super(`${where.charAt(0).toUpperCase()}${where.slice(1)} is not a readable audit record (${reason}).`);
    this.name = 'AuditUnreadableError';
  }
}

export function parseLine(text: string, path: string, line: number): AuditEntry {
  const where = `line ${line} of the audit log (AUDIT_LOG)`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AuditUnreadableError(where, 'not JSON', path);
  }
  const parsed = auditEntrySchema.safeParse(json);
  if (!parsed.success) throw new AuditUnreadableError(where, `not an audit entry: ${describeIssues(fieldIssues(parsed.error))}`, path);
  return parsed.data;
}
