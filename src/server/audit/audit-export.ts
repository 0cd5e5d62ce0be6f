import { type AuditRow, auditRows } from '../db/audit-chain';
import type { Db } from '../db/database';

/** A row that cannot be exported as it is: the table was edited behind the planner's back. */
export class UnreadableAuditRowError extends Error {
  override name = 'UnreadableAuditRowError';
}

/**
 * One exported row: `{"seq","time","prevHash","hash","entry":{…the AuditEntry…}}`.
 *
 * Anyone can check an export offline, without the planner: for each line,
 *   hash === sha256_hex(prevHash + "\n" + JSON.stringify(entry))
 * and each line's prevHash is the previous line's hash (a full export starts from 64 zeros; one cut by --since starts
 * from the hash of the row before it, which an earlier export holds). JSON.stringify of the parsed entry gives back the
 * exact text the planner hashed, because that text was itself JSON.stringify output (appendAudit), and such text
 * survives a parse and stringify unchanged: key order, number spelling and escapes included (audit-export.test.ts).
 * For example, in a shell:
 *   node -e 'let p="0".repeat(64);for(const l of require("fs").readFileSync(0,"utf8").split("\n").filter(Boolean)){const r=JSON.parse(l),h=require("crypto").createHash("sha256").update(r.prevHash+"\n"+JSON.stringify(r.entry)).digest("hex");if(h!==r.hash||r.prevHash!==p)throw Error("broken at "+r.seq);p=h}' < audit.jsonl
 */
export function exportLine(row: AuditRow): string {
  let entry: unknown;
  try {
    entry = JSON.parse(row.entry);
  } catch {
    throw new UnreadableAuditRowError(`Row ${row.seq} of the audit table holds no JSON entry: the table was edited. Run with --verify to find where.`);
  }
  return JSON.stringify({ seq: row.seq, time: row.time.toISOString(), prevHash: row.prev_hash, hash: row.hash, entry });
}

/** The audit table as JSON Lines (newline-terminated), oldest first, a page of rows at a time. */
export async function* exportLines(db: Db, since?: Date): AsyncGenerator<string> {
  for await (const row of auditRows(db, since ? { since } : {})) yield `${exportLine(row)}\n`;
}
