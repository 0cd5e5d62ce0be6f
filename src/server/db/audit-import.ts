import { createHash } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import { type AuditEntry, parseLine } from '../audit/audit-log';
import { appendAuditEntries } from './audit-table';
import type { Transaction } from 'kysely';
import type { Db } from './database';
import type { Tables } from './tables';

type AuditImport = { imported: AuditEntry[]; alreadyImported?: true };

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * Moves the JSON Lines audit log from before the database into the audit table, once: every entry appended in file
 * order (chained by the same code as new rows) and the file's SHA-256 recorded, in one transaction. Answers the entries
 * imported. `rebuild` runs in the same transaction, so the memory of submits it rebuilds from them is never missing a
 * submit whose records were imported, whatever stops the process.
 *
 * The file is then renamed to `<path>.imported`, so nobody takes it for the live log. The marker row, not the rename,
 * is what stops a second import: a crash between the two leaves the file in place, and the next start finds it marked.
 */
export async function importAuditFile(
  db: Db,
  path: string,
  rebuild: (trx: Transaction<Tables>, entries: AuditEntry[]) => Promise<void> = async () => undefined,
): Promise<AuditImport> {
  const bytes = await readIfExists(path);
  if (!bytes) return { imported: [] };
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  // All of it parsed before anything is written: one unreadable line (AuditUnreadableError) and nothing is imported.
  const entries = bytes
    .toString('utf8')
    .split('\n')
    .flatMap((text, index) => (text === '' ? [] : [parseLine(text, path, index + 1)]));
  const fresh = await db.transaction().execute(async (trx) => {
    // The marker first: a replica importing the same file at once waits on it, then finds it taken and adds nothing.
    const marked = await trx
      .insertInto('audit_import')
      .values({ file_sha256: fileSha256, lines: entries.length, imported_at: new Date() })
      .onConflict((conflict) => conflict.column('file_sha256').doNothing())
      .returning('file_sha256')
      .executeTakeFirst();
    if (!marked) return false;
    // The memory of submits first: it takes cluster locks, which a claim takes before the audit head, never after.
    await rebuild(trx, entries);
    await appendAuditEntries(trx, entries);
    return true;
  });
  // Missing already when that other replica renamed it first.
  await rename(path, `${path}.imported`).catch((error: unknown) => {
    if (!isMissing(error)) throw error;
  });
  return fresh ? { imported: entries } : { imported: [], alreadyImported: true };
}
