import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { AuditEntry } from '../../src/server/audit/audit-log';
import { type Database, type DatabaseLocation, openDatabase } from '../../src/server/db/database';
import { submitTable } from '../../src/server/db/submit-table';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Creating a new embedded database (first start) and opening it again (every later start), migrations included. */
export async function pgliteColdStart(): Promise<{ createMs: number; reopenMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  try {
    let database: Database | undefined;
    const createMs = await timed(async () => (database = await openDatabase({ driver: 'pglite', dataDir: dir }, 'planner')));
    await database?.close();
    const reopenMs = await timed(async () => (database = await openDatabase({ driver: 'pglite', dataDir: dir }, 'planner')));
    await database?.close();
    return { createMs, reopenMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const entry = (key: string, outcome: AuditEntry['outcome']): AuditEntry => ({
  time: new Date().toISOString(), kind: 'upgrade', clusterId: 'c', idempotencyKey: key, bodySha256: 'a'.repeat(64), body: { spec: { step: 1 } },
  acceptedRisks: [], preCheckTaskId: null, outcome, status: outcome === 'sending' ? null : 200, taskId: null, errorCode: null, errorMessage: null, requestId: null, user: null,
});

/**
 * What the database adds to one submit: the claim with its write-ahead record, then the outcome with its record (two
 * durable transactions), over `runs` submits of different plans on a few clusters. The baseline, measured alternately
 * in the same loop, is the least a durable write costs: one transaction inserting one row. Two of them are the floor.
 */
export async function submitOverhead(location: DatabaseLocation, runs = 300): Promise<{ p50: number; p99: number; commitP50: number; commitP99: number }> {
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const database = await openDatabase(location, schema);
  try {
    const memory = submitTable<{ outcome: 'accepted' }>({ db: database.db, claimMs: 30_000, stale: () => ({ outcome: 'accepted' }) });
    const submits: number[] = [];
    const commits: number[] = [];
    const scratch = sql.table(`${schema}.bench_commit`);
    await sql`create table ${scratch} (id integer)`.execute(database.db);
    for (let i = 0; i < runs; i += 1) {
      const key = randomUUID();
      commits.push(await timed(() => database.db.transaction().execute((trx) => sql`insert into ${scratch} values (${i})`.execute(trx))));
      submits.push(
        await timed(async () => {
          const claim = await memory.claim({ key, fingerprint: `plan-${i}`, clusterId: `cluster-${i % 8}`, kind: 'upgrade', settledTwins: true, sendAgain: false, sending: () => entry(key, 'sending') });
          if (claim.kind !== 'new') throw new Error(`bench claim ${i} was ${claim.kind}`);
          await claim.settle({ outcome: 'accepted' }, entry(key, 'accepted'));
        }),
      );
    }
    submits.sort((a, b) => a - b);
    commits.sort((a, b) => a - b);
    return { p50: quantile(submits, 0.5), p99: quantile(submits, 0.99), commitP50: quantile(commits, 0.5), commitP99: quantile(commits, 0.99) };
  } finally {
    if (location.driver === 'postgres') await sql`drop schema ${sql.id(schema)} cascade`.execute(database.db.withoutPlugins());
    await database.close();
  }
}
