import { pino } from 'pino';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit/audit-log';
import { Credentials } from '../cce/credentials';
import { appendAudit } from '../db/audit-table';
import type { Database } from '../db/database';
import { upgradeHistoryTable } from '../db/upgrade-history-table';
import { noKubeconfigs } from '../kubernetes/kubeconfig-source';
import { startRecordingUpstream, TEST_AK, TEST_CLUSTER, TEST_PROJECT } from '../testing/recording-upstream';
import { planText } from '../testing/submit-client';
import { testDatabase } from '../testing/test-database';
import { upgradeRecorder } from './recorder';

// The recorder alone, fed task answers as the proxy relays them; CCE is a recording stand-in that answers snapshot reads.
const POOL = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const SECOND = 1000;
let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let database: Database;
let clock = 0;
const warnings: string[] = [];
const log = pino(
  { level: 'warn' },
  new Writable({
    write(chunk, _encoding, done) {
      warnings.push(String(chunk));
      done();
    },
  }),
);

beforeAll(async () => {
  upstream = await startRecordingUpstream();
});
afterAll(() => upstream.close());
beforeEach(async () => {
  database = await testDatabase();
  clock = Date.UTC(2026, 0, 1);
  warnings.length = 0;
  upstream.received.length = 0;
  upstream.respondWith(answerSnapshot);
});
afterEach(() => database.close());

// One pool of three nodes: step 10 upgrades it in two waves (1, then 2).
function answerSnapshot(request: { url: string }) {
  if (request.url.includes('/addons')) return { items: [] };
  if (request.url.includes('/nodepools')) return { items: [{ metadata: { uid: POOL, name: 'pool-a' }, spec: {} }] };
  if (request.url.includes('/nodes')) return { items: [1, 2, 3].map((n) => ({ metadata: { uid: `node-${n}`, name: `node-${n}`, ownerReferences: { nodepoolID: POOL } }, spec: {}, status: {} })) };
  if (request.url.endsWith(TEST_CLUSTER)) return { metadata: { uid: TEST_CLUSTER, name: 'c' }, spec: { version: 'v1.28' }, status: { phase: 'Upgrading' } };
  return { items: [] };
}

const recorder = () =>
  upgradeRecorder({
    table: upgradeHistoryTable(database.db),
    snapshots: { upstream: { endpoint: upstream.endpoint, projectId: TEST_PROJECT, credentials: new Credentials(TEST_AK, 'sk'), timeoutMs: 2000 }, kubeconfigs: noKubeconfigs, kubernetesTimeoutMs: 1000 },
    now: () => clock,
  });
const task = (phase: string, items: Record<string, unknown>) => JSON.stringify({ metadata: { uid: 'task-1' }, spec: { items }, status: { phase } });

/** A two-wave task polled 10 s around each change, each wave seen running for a minute. */
async function runTask(observe: ReturnType<typeof recorder>, totalWaves = 2) {
  const polls: Array<[number, string]> = [
    [0, task('Running', { stage: 'Master', totalWaves })],
    [10, task('Running', { stage: 'Nodes', totalWaves, currentWave: 1 })],
    [70, task('Running', { stage: 'Nodes', totalWaves, currentWave: 1 })],
    [80, task('Running', { stage: 'Nodes', totalWaves, currentWave: 2 })],
    [140, task('Running', { stage: 'Nodes', totalWaves, currentWave: 2 })],
    [150, task('Success', { stage: 'Done', totalWaves })],
  ];
  const start = clock;
  for (const [at, body] of polls) {
    clock = start + at * SECOND;
    await observe.observeRead('showUpgradeTask', TEST_CLUSTER, body, log);
  }
}

async function sentByThePlanner() {
  const entry: AuditEntry = {
    time: new Date(clock).toISOString(), kind: 'upgrade', clusterId: TEST_CLUSTER, idempotencyKey: 'k', bodySha256: 'a'.repeat(64), body: JSON.parse(planText(10)),
    acceptedRisks: [], preCheckTaskId: null, outcome: 'accepted', status: 200, taskId: 'task-1', errorCode: null, errorMessage: null, requestId: null, user: null,
  };
  await appendAudit(database.db, entry);
}
const waves = () => upgradeHistoryTable(database.db).waves(TEST_CLUSTER);
const bounds = { shortestMs: 60 * SECOND, longestMs: 80 * SECOND };

describe('the upgrade recorder', () => {
  it('puts each wave of a task the planner sent in its pool, from one read of the cluster', async () => {
    await sentByThePlanner();
    await runTask(recorder());
    expect(await waves()).toEqual([
      { taskId: 'task-1', wave: 1, poolId: POOL, nodes: 1, ...bounds },
      { taskId: 'task-1', wave: 2, poolId: POOL, nodes: 2, ...bounds },
    ]);
    expect(upstream.received.filter((r) => r.url.includes('/nodepools'))).toHaveLength(1);
  });

  it('counts the waves of a task the planner did not send for the cluster only, without reading CCE', async () => {
    await runTask(recorder());
    expect(await waves()).toEqual([
      { taskId: 'task-1', wave: 1, poolId: null, nodes: null, ...bounds },
      { taskId: 'task-1', wave: 2, poolId: null, nodes: null, ...bounds },
    ]);
    expect(upstream.received).toEqual([]);
  });

  it('puts no wave in a pool when the cluster now gives another number of waves than CCE ran', async () => {
    await sentByThePlanner();
    await runTask(recorder(), 3);
    expect((await waves()).map((wave) => wave.poolId)).toEqual([null, null]);
  });

  it('learns from the task list too, and leaves a measured task alone when it is listed again', async () => {
    const observe = recorder();
    await runTask(observe);
    clock += 60 * SECOND;
    await observe.observeRead('listUpgradeTasks', TEST_CLUSTER, JSON.stringify({ items: [JSON.parse(task('Success', { stage: 'Done', totalWaves: 2 }))] }), log);
    const sightings = await upgradeHistoryTable(database.db).sightings(TEST_CLUSTER, 'task-1');
    expect(Math.max(...sightings.map((s) => s.lastSeen))).toBe(clock - 60 * SECOND);
    expect(await waves()).toHaveLength(2);
  });

  it('measures again at the next read when CCE could not be read for the pools', async () => {
    await sentByThePlanner();
    upstream.respondWith((request, reply) => reply.code(503).send({ error_code: 'CCE.03500001', error_msg: 'busy' }));
    const observe = recorder();
    await runTask(observe);
    expect(await waves()).toEqual([]);
    expect(warnings.join('')).toContain('could not record the upgrade task’s progress');
    upstream.respondWith(answerSnapshot);
    await observe.observeRead('listUpgradeTasks', TEST_CLUSTER, JSON.stringify({ items: [JSON.parse(task('Success', { stage: 'Done', totalWaves: 2 }))] }), log);
    expect((await waves()).map((wave) => wave.poolId)).toEqual([POOL, POOL]);
  });

  it('ignores other reads, other shapes, and tasks whose progress cannot be placed', async () => {
    const observe = recorder();
    await observe.observeRead('listNodes', TEST_CLUSTER, task('Running', { stage: 'Nodes', totalWaves: 2, currentWave: 1 }), log);
    await observe.observeRead('showUpgradeTask', TEST_CLUSTER, 'not json', log);
    await observe.observeRead('showUpgradeTask', TEST_CLUSTER, JSON.stringify({ items: 'odd' }), log);
    await observe.observeRead('showUpgradeTask', TEST_CLUSTER, task('Running', {}), log);
    expect(await upgradeHistoryTable(database.db).sightings(TEST_CLUSTER, 'task-1')).toEqual([]);
  });

  it('never fails the relayed read when the database does not answer; it says so in the log', async () => {
    const observe = recorder();
    await database.close();
    await expect(observe.observeRead('showUpgradeTask', TEST_CLUSTER, task('Running', { stage: 'Master', totalWaves: 2 }), log)).resolves.toBeUndefined();
    expect(warnings.join('')).toContain('could not record the upgrade task’s progress');
    database = await testDatabase();
  });
});
