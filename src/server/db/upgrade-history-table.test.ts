import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit/audit-log';
import { replicaOf, testDatabase } from '../testing/test-database';
import { appendAudit } from './audit-table';
import type { Database } from './database';
import { type MeasuredWave, upgradeHistoryTable } from './upgrade-history-table';

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});
async function replica(database: Database) {
  const other = await replicaOf(database);
  opened.push(other);
  return upgradeHistoryTable(other.db);
}
async function fresh() {
  const database = await testDatabase();
  opened.push(database);
  return { database, table: upgradeHistoryTable(database.db) };
}

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);
const wave = (n: number, poolId: string | null = 'pool-a'): MeasuredWave => ({ wave: n, poolId, nodes: 2, shortestMs: 590_000, longestMs: 610_000 });

describe('the upgrade history table', () => {
  it('folds polls into first and last sightings whatever order they arrive in, and remembers an interruption', async () => {
    const { table } = await fresh();
    await table.sight('c1', 't1', 1, false, at(20));
    await table.sight('c1', 't1', 1, false, at(10));
    await table.sight('c1', 't1', 1, true, at(30));
    await table.sight('c1', 't1', 1, false, at(25));
    await table.sight('c1', 't2', 1, false, at(99));
    expect(await table.sightings('c1', 't1')).toEqual([{ position: 1, firstSeen: at(10).getTime(), lastSeen: at(30).getTime(), interrupted: true }]);
  });

  it('folds sightings from replicas polling at once without losing one', async () => {
    const { database, table } = await fresh();
    const other = await replica(database);
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? table : other).sight('c1', 't1', 2, false, at(i))));
    expect(await table.sightings('c1', 't1')).toEqual([{ position: 2, firstSeen: at(0).getTime(), lastSeen: at(19).getTime(), interrupted: false }]);
  });

  it('records a task’s waves once: a second recording, from this replica or another, changes nothing', async () => {
    const { database, table } = await fresh();
    const other = await replica(database);
    const results = await Promise.all([table.recordMeasured('c1', 't1', [wave(1), wave(2)], at(0)), other.recordMeasured('c1', 't1', [wave(1), wave(2)], at(0))]);
    expect(results.sort()).toEqual([false, true]);
    expect(await table.recordMeasured('c1', 't1', [wave(1), wave(2), wave(3)], at(1))).toBe(false);
    expect(await table.isMeasured('c1', 't1')).toBe(true);
    expect(await table.waves('c1')).toEqual([{ taskId: 't1', ...wave(1) }, { taskId: 't1', ...wave(2) }]);
  });

  it('marks a task with no measurable wave as measured, and keeps clusters apart', async () => {
    const { table } = await fresh();
    expect(await table.recordMeasured('c1', 't1', [], at(0))).toBe(true);
    await table.recordMeasured('c2', 't2', [wave(1, null)], at(0));
    expect(await table.isMeasured('c1', 't1')).toBe(true);
    expect(await table.waves('c1')).toEqual([]);
    expect(await table.waves('c2')).toEqual([{ taskId: 't2', ...wave(1, null) }]);
  });

  it('refuses a wave whose longest is shorter than its shortest', async () => {
    const { table } = await fresh();
    await expect(table.recordMeasured('c1', 't1', [{ ...wave(1), longestMs: 1 }], at(0))).rejects.toThrow();
    // The whole recording went back: the task may be measured again.
    expect(await table.isMeasured('c1', 't1')).toBe(false);
  });

  it('finds the request the planner sent for a task in the audit log', async () => {
    const { database, table } = await fresh();
    const entry = (taskId: string | null, outcome: AuditEntry['outcome'], body: unknown): AuditEntry => ({
      time: at(0).toISOString(), kind: 'upgrade', clusterId: 'c1', idempotencyKey: 'k', bodySha256: 'a'.repeat(64), body, acceptedRisks: [],
      preCheckTaskId: null, outcome, status: null, taskId, errorCode: null, errorMessage: null, requestId: null, user: null,
    });
    await appendAudit(database.db, entry(null, 'sending', { sent: true }));
    await appendAudit(database.db, entry('t1', 'accepted', { sent: 1 }));
    await appendAudit(database.db, entry('t2', 'accepted', { sent: 2 }));
    expect(await table.acceptedRequest('c1', 't2')).toEqual({ sent: 2 });
    expect(await table.acceptedRequest('c2', 't2')).toBeUndefined();
    expect(await table.acceptedRequest('c1', 't3')).toBeUndefined();
  });
});
