import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntry } from '../testing/audit-entries';
import { testDatabase } from '../testing/test-database';
import { verifyAuditChain } from './audit-chain';
import { appendAudit, appendAuditEntries, chainHash } from './audit-table';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

/** A table of `rows` appended entries; pages of 3, so every walk crosses page boundaries. */
async function chainOf(rows: number) {
  const database = await testDatabase();
  opened.push(database);
  for (let n = 1; n <= rows; n += 1) await database.db.transaction().execute((trx) => appendAudit(trx, auditEntry(n)));
  return { db: database.db, verify: () => verifyAuditChain(database.db, { pageSize: 3 }) };
}

describe('verifyAuditChain', () => {
  it('finds an untouched chain whole, empty or across pages', async () => {
    expect(await (await chainOf(0)).verify()).toEqual({ ok: true, rows: 0 });
    expect(await (await chainOf(10)).verify()).toEqual({ ok: true, rows: 10 });
  });

  it('finds a chain whole that was appended one by one and in batches larger than one insert', async () => {
    const { db, verify } = await chainOf(2);
    await db.transaction().execute((trx) => appendAuditEntries(trx, Array.from({ length: 600 }, (_, n) => auditEntry(n + 3))));
    await db.transaction().execute((trx) => appendAudit(trx, auditEntry(603)));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 603 });
    expect(await verify()).toEqual({ ok: true, rows: 603 });
  });

  it('finds the chain whole while a BFF keeps appending during the walks', async () => {
    const { db } = await chainOf(20);
    let walking = true;
    let next = 21;
    const appending = (async () => {
      while (walking) await db.transaction().execute((trx) => appendAudit(trx, auditEntry(next++)));
    })();
    const checks = [];
    for (let walk = 0; walk < 20; walk += 1) checks.push(await verifyAuditChain(db, { pageSize: 50 }));
    walking = false;
    await appending;
    expect(checks.filter((check) => !check.ok)).toEqual([]);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: next - 1 });
  });

  it('reports a row whose entry was edited with SQL at that row', async () => {
    const { db, verify } = await chainOf(7);
    await db.updateTable('audit_log').set({ entry: sql`replace(entry, 'task-5', 'task-X')` }).where('seq', '=', 5).execute();
    expect(await verify()).toMatchObject({ ok: false, seq: 5, reason: expect.stringMatching(/edited/) });
  });

  it('reports a row whose query columns were edited though its entry was not', async () => {
    const { db, verify } = await chainOf(7);
    await db.updateTable('audit_log').set({ time: new Date('2020-01-01T00:00:00Z') }).where('seq', '=', 4).execute();
    expect(await verify()).toMatchObject({ ok: false, seq: 4, reason: expect.stringMatching(/column.*edited/) });
  });

  it('reports a deleted middle row at its seq, and a deleted last row against the head', async () => {
    const middle = await chainOf(7);
    await middle.db.deleteFrom('audit_log').where('seq', '=', 3).execute();
    expect(await middle.verify()).toMatchObject({ ok: false, seq: 3, reason: expect.stringMatching(/missing/) });
    const last = await chainOf(7);
    await last.db.deleteFrom('audit_log').where('seq', '=', 7).execute();
    expect(await last.verify()).toMatchObject({ ok: false, seq: 7, reason: expect.stringMatching(/deleted/) });
  });

  it('reports a deletion hidden by renumbering the rows after it', async () => {
    const { db, verify } = await chainOf(7);
    await db.deleteFrom('audit_log').where('seq', '=', 3).execute();
    await db.updateTable('audit_log').set({ seq: sql`seq - 1` }).where('seq', '>', 3).execute();
    await db.updateTable('audit_head').set({ seq: 6 }).execute();
    expect(await verify()).toMatchObject({ ok: false, seq: 3, reason: expect.stringMatching(/prev_hash/) });
  });

  it('reports a forged row, whether it replaces a row or is added after the head, though its own hash is right', async () => {
    const forge = (seq: number, prevHash: string) => {
      const entry = JSON.stringify({ ...auditEntry(seq), taskId: 'forged' });
      return { seq, time: new Date(auditEntry(seq).time), kind: 'upgrade', cluster_id: 'c1', idempotency_key: `key-${seq}`, outcome: 'accepted', entry, prev_hash: prevHash, hash: chainHash(prevHash, entry) };
    };
    const replaced = await chainOf(7);
    const before = await replaced.db.selectFrom('audit_log').select('hash').where('seq', '=', 3).executeTakeFirstOrThrow();
    await replaced.db.deleteFrom('audit_log').where('seq', '=', 4).execute();
    await replaced.db.insertInto('audit_log').values(forge(4, before.hash)).execute();
    expect(await replaced.verify()).toMatchObject({ ok: false, seq: 5, reason: expect.stringMatching(/prev_hash/) });

    const added = await chainOf(7);
    const head = await added.db.selectFrom('audit_head').select('hash').executeTakeFirstOrThrow();
    await added.db.insertInto('audit_log').values(forge(8, head.hash)).execute();
    expect(await added.verify()).toMatchObject({ ok: false, seq: 8, reason: expect.stringMatching(/inserted/) });
  });

  it('reports a head that names another hash than the last row', async () => {
    const { db, verify } = await chainOf(4);
    await db.updateTable('audit_head').set({ hash: 'f'.repeat(64) }).execute();
    expect(await verify()).toMatchObject({ ok: false, seq: 4, reason: expect.stringMatching(/head/) });
  });
});
