import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { IDEMPOTENCY_HEADER } from '../../shared/bff-api';
import { cceOperations, fillPath, type OperationName } from '../../shared/cce-operations';
import { buildInventory } from '../../shared/inventory';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../shared/plan';
import { upgradeDurationsSchema } from '../../shared/upgrade-durations';
import { computeWaves } from '../../shared/waves';
import { buildSimulator, demoClusters, type SimulatorInstance } from '../../simulator/app';
import { buildApp } from '../app';
import { Credentials } from '../cce/credentials';
import { SAME_ORIGIN } from '../testing/recording-upstream';
import { testDatabase } from '../testing/test-database';

// A whole upgrade on the simulator, polled through the BFF as the task view polls it, on a clock the test moves: the
// BFF, the simulator's tasks and its signature checks all read the same shifted time.
const PROJECT = '0f4e5d2c9b8a47f6a1e3c5b7d9f02468';
const CLUSTER = demoClusters['prod-payments'].id;
const UPGRADE_MS = 60 * 60_000;
const POLL_MS = 20_000;
let shift = 0;
const now = () => Date.now() + shift;
let simulator: SimulatorInstance;
let bff: FastifyInstance;

beforeAll(async () => {
  const credentials = new Credentials('RECORDINGTESTAK01', 'recording-test-sk');
  simulator = buildSimulator({ credentials: { ak: credentials.accessKey(), sk: credentials.secret() }, projectId: PROJECT, upgradeDurationMs: UPGRADE_MS, now });
  const endpoint = await simulator.listen({ host: '127.0.0.1', port: 0 });
  bff = await buildApp({
    database: await testDatabase(),
    upstream: { endpoint, projectId: PROJECT, credentials, timeoutMs: 5000 },
    session: { mode: 'demo', region: 'cn-north-4', projectId: PROJECT },
    now,
    logLevel: 'silent',
  });
});
afterAll(async () => {
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

describe('recording wave durations from the task polls', () => {
  it('measures each wave of a polled upgrade once, per pool and for the cluster, and a later poll adds nothing', async () => {
    expect(await durations()).toEqual({ clusterId: CLUSTER, tasks: 0, cluster: null, pools: [] });
    // The waves the submitted request gives on this cluster: which pool each belongs to and how many there are.
    const action = { ...emptyPlan(CLUSTER), targetVersion: 'v1.29', userDefinedStep: 10, scope: 'NodePool' as const };
    const [pools, nodes] = await Promise.all([read('listNodePools', { query: '?showDefaultNodePool=true' }), read('listNodes')]);
    const inventory = buildInventory(pools.items, nodes.items, () => ({}));
    const waves = computeWaves(inventory.pools, inventory.nodes, toUpgradeRequest(action).spec.clusterUpgradeAction);

    const submitted = await bff.inject({
      method: 'POST',
      url: `/api/clusters/${CLUSTER}/upgrade`,
      headers: { ...SAME_ORIGIN, 'content-type': 'application/json', [IDEMPOTENCY_HEADER]: randomUUID() },
      payload: JSON.stringify({ request: serializeUpgradeRequest(toUpgradeRequest(action)) }),
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const taskId = cceOperations.upgradeCluster.response.parse(submitted.json()).metadata.uid;

    const readsBefore = otherReads();
    let phase = '';
    for (let polls = 0; phase !== 'Success'; polls += 1) {
      expect(polls).toBeLessThan(UPGRADE_MS / POLL_MS + 2);
      phase = (await read('showUpgradeTask', { taskId })).status.phase;
      if (phase === 'Running' || phase === 'Init') expect(await durations()).toMatchObject({ tasks: 0, cluster: null });
      advance(POLL_MS);
    }
    const measuringReads = otherReads();
    // Polls read nothing more; measuring read the cluster once (cluster, pools, one page of nodes, add-ons).
    expect(measuringReads - readsBefore).toBe(4);

    // Nodes take 70% of the task, shared evenly among its waves by the simulator: 2.1 minutes each with 20 waves.
    const waveMinutes = (0.7 * UPGRADE_MS) / waves.length / 60_000;
    const measured = await durations();
    expect(measured.tasks).toBe(1);
    expect(measured.cluster?.waves).toBe(waves.length);
    const perPool = new Map<string, number>();
    for (const wave of waves) perPool.set(wave.poolId, (perPool.get(wave.poolId) ?? 0) + 1);
    expect(new Map(measured.pools.map((pool) => [pool.poolId, pool.waves]))).toEqual(perPool);
    // Polls 20 s apart: each wave is known to within about 20 s either way.
    for (const stats of [measured.cluster!, ...measured.pools]) {
      expect(Math.abs(stats.p50Minutes - waveMinutes)).toBeLessThanOrEqual(0.4);
      expect(Math.abs(stats.p90Minutes - waveMinutes)).toBeLessThanOrEqual(0.4);
    }

    advance(POLL_MS);
    await read('showUpgradeTask', { taskId });
    await read('listUpgradeTasks');
    expect(await durations()).toEqual(measured);
    expect(otherReads()).toBe(measuringReads);
  });
});
