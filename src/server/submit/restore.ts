import type { Transaction } from 'kysely';
import { cutTornTail } from '../audit/torn-tail';
import { importAuditFile } from '../db/audit-import';
import type { Db } from '../db/database';
import { type AuditEntry, AuditUnreadableError } from '../audit/audit-log';
import { type RestoredSubmit, restoreSubmits } from '../db/submit-restore';
import { IDEMPOTENCY_TTL_MS } from '../db/submit-table';
import type { Tables } from '../db/tables';
import { BffHttpError, type UpstreamCode } from '../errors';
import { canonicalSha256 } from './plan-hash';
import { fingerprintOf } from './submit-attempt';
import type { SubmitKind } from './submit-operations';
import { acceptedResult, errorResult, stoppedMidCall, type SubmitResult } from './submit-result';
import { BffCode } from '../../shared/bff-errors';

/** The result an outcome line stands for, as the first answer was. */
function resultOf(entry: AuditEntry): SubmitResult {
  const requestId = entry.requestId ?? undefined;
  if (entry.outcome === 'accepted') {
    const reply = { status: entry.status ?? 200, body: JSON.stringify(entry.response ?? {}), ...(requestId ? { requestId } : {}) };
    return acceptedResult(reply, entry.response, entry.taskId);
  }
  // The code the first answer carried, read back from the audit log the BFF itself wrote.
  const code = (entry.errorCode ?? BffCode.OUTCOME_UNKNOWN) as BffCode | UpstreamCode;
  const error = new BffHttpError(entry.status ?? 502, code, entry.errorMessage ?? '', requestId ? { requestId } : {});
  return errorResult(entry.outcome === 'unknown' ? 'unknown' : 'refused', error);
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
 * Refusals the BFF gave before anything left it. They are written as `refused`, but they are not the outcome of a send:
 * one given while the log was unreadable may even follow a `sending` line whose outcome was lost (a crash), and counting
 * it would forget a submit CCE may have started.
 */
const refusedBeforeSending = new Set<string>([BffCode.AUDIT_UNREADABLE, BffCode.AUDIT_UNAVAILABLE]);

/** One send read back: the line that names it (its `sending` line, whose time is when it went out) and what became of it. */
type SubmitEntry = AuditEntry & { kind: SubmitKind };

interface Sent {
  key: string;
  line: SubmitEntry;
  result: SubmitResult;
  /** Its outcome line is still to come. */
  open: boolean;
}

/**
 * Pairs each `sending` line with the first outcome line after it for the same key. Outcome lines that pair with no
 * send are not outcomes of a send (a refusal given before sending, a line about a request that never left the BFF)
 * and are skipped, unread; an `accepted` or `unknown` line for a key with no `sending` line at all still counts.
 */
const isSubmitEntry = (entry: AuditEntry): entry is SubmitEntry => entry.kind !== 'review';

function sendsOf(entries: AuditEntry[]): Sent[] {
  const byKey = new Map<string, Sent>();
  for (const entry of entries) {
    const key = entry.idempotencyKey;
    // Reviews of saved plans send nothing.
    if (key === null || !isSubmitEntry(entry)) continue;
    const sent = byKey.get(key);
    switch (entry.outcome) {
      case 'sending':
        // A key is sent again only after a refusal, which forgot it; the new send goes last, in the order sends went out.
        byKey.delete(key);
        // Until its outcome line: the BFF stopped while CCE had the request.
        byKey.set(key, { key, line: entry, result: stoppedMidCall(entry.kind), open: true });
        break;
      case 'accepted':
      case 'unknown':
        if (sent?.open) byKey.set(key, { ...sent, result: resultOf(entry), open: false });
        else if (!sent) byKey.set(key, { key, line: entry, result: resultOf(entry), open: false });
        break;
      case 'refused':
        if (sent?.open && !refusedBeforeSending.has(entry.errorCode ?? '')) byKey.delete(key);
        break;
      default:
        break;
    }
  }
  return [...byKey.values()];
}

/**
 * Rebuilds the memory of submits from audit records written before the database (an imported JSON Lines file), in
 * the import's transaction, so a submit the file says was sent is never sent again. A send whose outcome is unknown
 * is kept however old, since it is held until a person sends it again; an accepted one only from the last 24 h.
 * Throws AuditUnreadableError for a record that names a send but cannot say what was sent.
 */
export async function restoreFromAudit(trx: Transaction<Tables>, entries: AuditEntry[], now = Date.now()): Promise<void> {
  const submits: RestoredSubmit[] = [];
  for (const { key, line, result } of sendsOf(entries)) {
    const at = Date.parse(line.time);
    if (result.outcome === 'refused' || (result.outcome === 'accepted' && at < now - IDEMPOTENCY_TTL_MS)) continue;
    submits.push({ key, fingerprint: fingerprintOf(line.clusterId, line.kind, planSha256(line)), clusterId: line.clusterId, kind: line.kind, at, outcome: result.outcome, result: JSON.stringify(result) });
  }
  await restoreSubmits(trx, submits);
}

/**
 * Imports the JSON Lines audit log from before the database, if there is one, and rebuilds the memory of submits from
 * it in the same transaction. Answers the record it could not read (then nothing was imported): the database may lack a
 * sent submit, so submits stop, on every replica, until an operator fixes or removes the file and restarts this one.
 */
export async function importAuditLog(db: Db, path: string): Promise<AuditUnreadableError | undefined> {
  try {
    // A last line torn by a crash was never acknowledged (its write-ahead submit was not sent): dropped, as the file log did.
    await cutTornTail(path).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
    await importAuditFile(db, path, (trx, entries) => restoreFromAudit(trx, entries));
    // Imported, already imported or gone (an operator removed it): submits may resume on every replica.
    await db.deleteFrom('audit_import_hold').where('path', '=', path).execute();
    return undefined;
  } catch (error) {
    if (!(error instanceof AuditUnreadableError)) throw error;
    // Recorded in the database, so every replica holds submits back, not only the one whose disk has the file.
    await db
      .insertInto('audit_import_hold')
      .values({ path, message: error.message, since: new Date() })
      .onConflict((conflict) => conflict.column('path').doUpdateSet({ message: error.message }))
      .execute();
    return error;
  }
}
