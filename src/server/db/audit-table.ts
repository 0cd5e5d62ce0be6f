import type { Transaction } from 'kysely';
import { type AuditEntry, auditEntrySchema, type AuditLog } from '../audit/audit-log';
import type { Db } from './database';
import type { Tables } from './tables';
import { sha256 } from '../submit/plan-hash';

/** A link of the chain: the previous link's hash and this record's exact text, hashed together. */
export const chainHash = (prevHash: string, entryText: string) => sha256(`${prevHash}\n${entryText}`);

/**
 * Appends one record inside the caller's transaction, so a submit's claim and its write-ahead record commit together
 * or not at all. The head row's lock lines appends up across replicas: each knows the link before it.
 */
export function appendAudit(trx: Transaction<Tables>, entry: AuditEntry): Promise<void> {
  return appendAuditEntries(trx, [entry]);
}

/** Rows per insert: 9 bind parameters a row stays well under PostgreSQL's 65,535 a statement. */
const BATCH = 256;

/** Appends records in order under one lock of the head, in a few statements: an import's thousands of lines at once. */
export async function appendAuditEntries(trx: Transaction<Tables>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  let { seq, hash } = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  const rows = entries.map((entry) => {
    const text = JSON.stringify(entry);
    const prev = hash;
    seq += 1;
    hash = chainHash(prev, text);
    return { seq, time: new Date(entry.time), kind: entry.kind, cluster_id: entry.clusterId, idempotency_key: entry.idempotencyKey, outcome: entry.outcome, entry: text, prev_hash: prev, hash };
  });
  for (let at = 0; at < rows.length; at += BATCH) await trx.insertInto('audit_log').values(rows.slice(at, at + BATCH)).execute();
  await trx.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).execute();
}

/** The audit table as the submitter writes it: each append its own transaction unless it rides on a claim's. */
export function auditLog(db: Db): AuditLog {
  return {
    append: (entry) => db.transaction().execute((trx) => appendAudit(trx, entry)),
    async readSince(since) {
      const rows = await db.selectFrom('audit_log').select('entry').where('time', '>=', new Date(since)).orderBy('seq').execute();
      return rows.map((row) => auditEntrySchema.parse(JSON.parse(row.entry)));
    },
  };
}
