import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditUnreadableError } from '../audit/audit-log';
import { auditEntry } from '../testing/audit-entries';
import { testDatabase } from '../testing/test-database';
import { verifyAuditChain } from './audit-chain';
import { importAuditFile } from './audit-import';
import { appendAudit } from './audit-table';

let dir: string;
let path: string;
const opened: Array<{ close(): Promise<void> }> = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-import-'));
  path = join(dir, 'audit.jsonl');
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
  await rm(dir, { recursive: true, force: true });
});

async function database() {
  const opening = await testDatabase();
  opened.push(opening);
  return opening.db;
}
const lines = (...ns: number[]) => ns.map((n) => `${JSON.stringify(auditEntry(n))}\n`).join('');
const keys = async (db: Awaited<ReturnType<typeof database>>) => (await db.selectFrom('audit_log').select('idempotency_key').orderBy('seq').execute()).map((row) => row.idempotency_key);

describe('importAuditFile', () => {
  it('appends the file’s entries in file order after the rows already there, chained, and renames the file', async () => {
    const db = await database();
    await db.transaction().execute((trx) => appendAudit(trx, auditEntry(9)));
    const text = `${lines(3, 1)}\n${lines(2)}`;
    await writeFile(path, text);
    expect(await importAuditFile(db, path)).toEqual({ imported: [auditEntry(3), auditEntry(1), auditEntry(2)] });
    expect(await keys(db)).toEqual(['key-9', 'key-3', 'key-1', 'key-2']);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 4 });
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
    expect(await readFile(`${path}.imported`, 'utf8')).toBe(text);
    expect(await db.selectFrom('audit_import').select('lines').execute()).toEqual([{ lines: 3 }]);
  });

  it('imports a file once, though a crash before the rename leaves it in place for the next start', async () => {
    const db = await database();
    await writeFile(path, lines(1, 2));
    await importAuditFile(db, path);
    expect(await importAuditFile(db, path)).toEqual({ imported: [] });
    await copyFile(`${path}.imported`, path);
    expect(await importAuditFile(db, path)).toEqual({ imported: [], alreadyImported: true });
    expect(await keys(db)).toEqual(['key-1', 'key-2']);
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
  });

  it('imports once when two replicas start on the same file at the same time', async () => {
    const db = await database();
    await writeFile(path, lines(1, 2, 3));
    const results = await Promise.all([importAuditFile(db, path), importAuditFile(db, path)]);
    expect(results.map((result) => result.imported.length).sort()).toEqual([0, 3]);
    expect(await keys(db)).toEqual(['key-1', 'key-2', 'key-3']);
  });

  it.each([
    ['a torn last line', `${lines(1)}{"time":"2025-03-01T08:00:02.000Z","kind":"upg`, 2],
    ['a line that is not an audit entry', `${lines(1)}${lines(2)}{"time":"yesterday"}\n${lines(4)}`, 3],
  ])('imports nothing of a file with %s, names the line and leaves the file where it is', async (_, text, line) => {
    const db = await database();
    await writeFile(path, text);
    const error = await importAuditFile(db, path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuditUnreadableError);
    expect((error as AuditUnreadableError).where).toMatch(new RegExp(`^line ${line} of the audit log`));
    expect(await keys(db)).toEqual([]);
    expect(await db.selectFrom('audit_import').selectAll().execute()).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(text);
  });
});
