import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEntry } from '../testing/audit-entries';
import { testDatabase } from '../testing/test-database';
import { appendAudit } from '../db/audit-table';
import { AUDIT_GENESIS } from '../db/migrations';
import { exportLine, exportLines } from './audit-export';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

/** JSON a request body may hold that JSON.stringify spells in one fixed way: integer-like keys, __proto__, -0, 1e21, lone surrogates. */
const awkwardBody = JSON.parse(
  String.raw`{"b":1,"10":2,"2":3,"__proto__":{"x":1},"zero":-0,"big":1e21,"tiny":5e-324,"third":0.3333333333333333,"lone":"\ud800","nul":"\u0000","emoji":"升级 🚀","nested":[{"1":null,"a":[]}]}`,
) as unknown;

const rowOf = (entryText: string) => ({ seq: 1, time: new Date(0), kind: 'upgrade', cluster_id: 'c1', idempotency_key: null, outcome: 'accepted', entry: entryText, prev_hash: AUDIT_GENESIS, hash: 'h' });
const reread = (line: string) => JSON.stringify((JSON.parse(line) as { entry: unknown }).entry);

describe('exportLine', () => {
  it('gives back, through a parse and stringify, the exact text the planner hashed, for any JSON in an entry', () => {
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false }), fc.string({ unit: 'binary' }), (body, name) => {
        const text = JSON.stringify({ ...auditEntry(1), body, response: body, user: { subject: name, name } });
        expect(reread(exportLine(rowOf(text)))).toBe(text);
      }),
      { numRuns: 500 },
    );
    const text = JSON.stringify({ ...auditEntry(1), body: awkwardBody });
    expect(text).toContain(String.raw`"body":{"2":3,"10":2,"b":1,"__proto__":{"x":1},"zero":0,"big":1e+21`);
    expect(reread(exportLine(rowOf(text)))).toBe(text);
  });

  it('exports appended rows whose hashes a reader recomputes from the line alone', async () => {
    const database = await testDatabase();
    opened.push(database);
    const entries = [{ ...auditEntry(1), body: awkwardBody }, auditEntry(2)];
    for (const entry of entries) await database.db.transaction().execute((trx) => appendAudit(trx, entry));
    const lines: Array<{ prevHash: string; hash: string; entry: unknown }> = [];
    for await (const line of exportLines(database.db)) lines.push(JSON.parse(line) as (typeof lines)[number]);
    // As stored: JSON has no -0.
    expect(lines.map((line) => line.entry)).toEqual(entries.map((entry) => JSON.parse(JSON.stringify(entry)) as unknown));
    let prev = AUDIT_GENESIS;
    for (const line of lines) {
      expect(line.prevHash).toBe(prev);
      expect(createHash('sha256').update(`${line.prevHash}\n${JSON.stringify(line.entry)}`).digest('hex')).toBe(line.hash);
      prev = line.hash;
    }
  });

  it('refuses a row whose entry is not JSON, naming it', () => {
    expect(() => exportLine({ ...rowOf('{"torn'), seq: 9 })).toThrow(/Row 9 .*edited/);
  });
});
