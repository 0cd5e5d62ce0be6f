import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { IDEMPOTENCY_HEADER } from '../../shared/bff-api';
import { cceOperations, fillPath, type OperationName } from '../../shared/cce-operations';
import { buildInventory } from '../../shared/inventory';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../shared/plan';
import { upgradeDurationsSchema } from '../../shared/upgrade-durations';
import { computeWaves, type Wave } from '../../shared/waves';
import { buildSimulator, demoClusters, type SimulatorInstance } from '../../simulator/app';
import { buildApp } from '../app';
import { Credentials } from '../cce/credentials';
import { SAME_ORIGIN } from '../testing/recording-upstream';
import { testDatabase } from '../testing/test-database';

// A whole upgrade on the simulator, polled through the BFF as the task view polls it, on a clock the test moves: the
// BFF, the simulator's tasks and its signature checks all read the same shifted time. A fresh simulator and database
// per test: an upgraded cluster cannot be upgraded to the same version again.
const PROJECT = '0f4e5d2c9b8a47f6a1e3c5b7d9f02468';
const CLUSTER = demoClusters['prod-payments'].id;
const UPGRADE_MS = 60 * 60_000;
const POLL_MS = 20_000;
/** Nodes take 70% of a simulated task, shared evenly among its waves. */
const waveMinutes = (waves: number) => (0.7 * UPGRADE_MS) / waves / 60_000;
const action = { ...emptyPlan(CLUSTER), targetVersion: 'v1.29', userDefinedStep: 10, scope: 'NodePool' as const };

let shift = 0;
const now = () => Date.now() + shift;
let simulator: SimulatorInstance;
let bff: FastifyInstance;

beforeEach(async () => {
  shift = 0;
  const credentials = new Credentials('RECORDINGTESTAK01', 'recording-test-sk');
  simulator = buildSimulator({
    credentials: { ak: credentials.accessKey(), sk: credentials.secret() },
    projectId: PROJECT,
    upgradeDurationMs: UPGRADE_MS,
    now,
  });
  const endpoint = await simulator.listen({ host: '127.0.0.1', port: 0 });
  bff = await buildApp({
    database: await testDatabase(),
    upstream: { endpoint, projectId: PROJECT, credentials, timeoutMs: 5000 },
    session: { mode: 'demo', region: 'cn-north-4', projectId: PROJECT },
    now,
    approvalsRequired: 0,
    logLevel: 'silent',
  });
});
afterEach(async () => {
  await bff.close();
  await simulator.close();
});

/** Moves every clock on; the BFF signs with the real time, so the simulator's signature check is skewed back. */
function advance(ms: number) {
  shift += ms;
  simulator.simulator.skewClock(-shift);
}

const read = async <N extends OperationName>(name: N, { taskId, query = '' }: { taskId?: string; query?: string } = {}) => {
  const path = fillPath(cceOperations[name].path, { project_id: PROJECT, cluster_id: CLUSTER, ...(taskId ? { task_id: taskId } : {}) });
  const response = await bff.inject({ method: 'GET', url: `/api/cce${path}${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return cceOperations[name].response.parse(response.json()) as z.infer<(typeof cceOperations)[N]['response']>;
};
const durations = async () => upgradeDurationsSchema.parse((await bff.inject({ method: 'GET', url: `/api/clusters/${CLUSTER}/upgrade-durations` })).json());
/** CCE reads other than of the tasks themselves: what measuring costs. */
const otherReads = () => simulator.simulator.received.list().filter((r) => r.operation !== 'showUpgradeTask' && r.operation !== 'listUpgradeTasks').length;

/** The waves the submitted request gives on this cluster: which pool each belongs to, and how many there are. */
async function predictedWaves(): Promise<Wave[]> {
  const [pools, nodes] = await Promise.all([read('listNodePools', { query: '?showDefaultNodePool=true' }), read('listNodes')]);
  const inventory = buildInventory(pools.items, nodes.items, () => ({}));
  return computeWaves(inventory.pools, inventory.nodes, toUpgradeRequest(action).spec.clusterUpgradeAction);
}
const wavesPerPool = (waves: readonly Wave[]) => {
  const counts = new Map<string, number>();
  for (const wave of waves) counts.set(wave.poolId, (counts.get(wave.poolId) ?? 0) + 1);
  return counts;
};

async function post(path: string, body: unknown) {
  const response = await bff.inject({
    method: 'POST',
    url: `/api/clusters/${CLUSTER}/${path}`,
    headers: { ...SAME_ORIGIN, 'content-type': 'application/json', [IDEMPOTENCY_HEADER]: randomUUID() },
    payload: JSON.stringify(body),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response;
}
const submit = async () =>
  cceOperations.upgradeCluster.response.parse((await post('upgrade', { request: serializeUpgradeRequest(toUpgradeRequest(action)) })).json()).metadata.uid;

/** Polls the task every POLL_MS until it reaches `until`, as the task view does. */
async function pollUntil(taskId: string, until: string) {
  for (let polls = 0; ; polls += 1) {
    expect(polls).toBeLessThan(UPGRADE_MS / POLL_MS + 2);
    const { phase } = (await read('showUpgradeTask', { taskId })).status;
    if (phase === until) return;
    advance(POLL_MS);
  }
}

/** Polls 20 s apart pin each wave to within about 20 s either way. */
function expectNear(stats: { p50Minutes: number; p90Minutes: number }, minutes: number) {
  expect(Math.abs(stats.p50Minutes - minutes)).toBeLessThanOrEqual(0.4);
  expect(Math.abs(stats.p90Minutes - minutes)).toBeLessThanOrEqual(0.4);
}

describe('recording wave durations from the task polls', () => {
  it('measures each wave of a polled upgrade once, per pool and for the cluster, and a later poll adds nothing', async () => {
    expect(await durations()).toEqual({ clusterId: CLUSTER, tasks: 0, cluster: null, pools: [] });
    const waves = await predictedWaves();
    const taskId = await submit();
    const readsBefore = otherReads();
    await pollUntil(taskId, 'Running');
    advance(POLL_MS);
    // Nothing is recorded for the estimate before the task has succeeded.
    await read('showUpgradeTask', { taskId });
    expect(await durations()).toMatchObject({ tasks: 0, cluster: null });
    await pollUntil(taskId, 'Success');
    const measuringReads = otherReads();
    // Polls read nothing more; measuring read the cluster once (cluster, pools, one page of nodes, add-ons).
    expect(measuringReads - readsBefore).toBe(4);

    const measured = await durations();
    expect(measured.tasks).toBe(1);
    expect(measured.cluster?.waves).toBe(waves.length);
    expect(new Map(measured.pools.map((pool) => [pool.poolId, pool.waves]))).toEqual(wavesPerPool(waves));
    for (const stats of [measured.cluster!, ...measured.pools]) expectNear(stats, waveMinutes(waves.length));

    advance(POLL_MS);
    await read('showUpgradeTask', { taskId });
    await read('listUpgradeTasks');
    expect(await durations()).toEqual(measured);
    expect(otherReads()).toBe(measuringReads);
  });

  it('leaves out the wave a task failed in, however long it waited for the retry, and measures the rest', async () => {
    const waves = await predictedWaves();
    simulator.simulator.failUpgrade(CLUSTER, 3, 'drain timed out');
    const taskId = await submit();
    await pollUntil(taskId, 'Failed');
    // Failed for an hour, watched all along, then retried: CCE upgrades wave 3 again.
    for (let polls = 0; polls < 6; polls += 1) {
      advance(10 * 60_000);
      await read('showUpgradeTask', { taskId });
    }
    await post('upgrade/retry', { taskId });
    await pollUntil(taskId, 'Success');

    const measured = await durations();
    expect(measured.cluster?.waves).toBe(waves.length - 1);
    const expected = wavesPerPool(waves);
    expected.set(waves[2]!.poolId, expected.get(waves[2]!.poolId)! - 1);
    expect(new Map(measured.pools.map((pool) => [pool.poolId, pool.waves]))).toEqual(expected);
    for (const stats of [measured.cluster!, ...measured.pools]) expectNear(stats, waveMinutes(waves.length));
  });
});
