import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cceOperations, fillPath } from '../shared/cce-operations';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../shared/plan';
import { demoClusters, type SimulatorInstance } from '../simulator/app';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../shared/bff-api';
import { buildApp } from './app';
import { DEMO_PROJECT_ID, startDemoUpstream } from './demo';
import { SAME_ORIGIN } from './testing/recording-upstream';
import { testDatabase } from './testing/test-database';
import { forgetSubmits } from './db/submit-table';

// The whole server side as demo mode runs it: BFF → real HTTP, real signatures → simulator.
let bff: FastifyInstance;
let simulator: SimulatorInstance;
let resetSimulator: () => Promise<Response>;
const cluster = demoClusters['prod-payments'].id;
const url = (op: keyof typeof cceOperations, query = '', task_id?: string) =>
  `/api/cce${fillPath(cceOperations[op].path, { project_id: DEMO_PROJECT_ID, cluster_id: cluster, ...(task_id ? { task_id } : {}) })}${query}`;

const submit = (request: string) =>
  bff.inject({
    method: 'POST',
    url: `/api/clusters/${cluster}/upgrade`,
    headers: { ...SAME_ORIGIN, 'content-type': 'application/json', [IDEMPOTENCY_HEADER]: randomUUID() },
    payload: JSON.stringify({ request }),
  });

beforeAll(async () => {
  const database = await testDatabase();
  const demo = await startDemoUpstream(
    { mode: 'demo', host: '127.0.0.1', port: 0, logLevel: 'silent', timeoutMs: 5000, simulatorPort: 0, simulatorUpgradeMs: 400 },
    { onReset: () => forgetSubmits(database.db, 'settled') },
  );
  simulator = demo.simulator;
  resetSimulator = () => fetch(`${demo.upstream.endpoint}/__sim/reset`, { method: 'POST' });
  bff = await buildApp({ database, upstream: demo.upstream, session: { mode: 'demo', region: 'cn-north-4', projectId: DEMO_PROJECT_ID }, logLevel: 'silent' });
});
afterAll(async () => {
  await bff.close();
  await simulator.close();
});

describe('demo upstream reset', () => {
  it('answers a reset only once the BFF has forgotten, so the next submit cannot be replayed from before it', async () => {
    let forgotten = false;
    const demo = await startDemoUpstream(
      { mode: 'demo', host: '127.0.0.1', port: 0, logLevel: 'silent', timeoutMs: 5000, simulatorPort: 0, simulatorUpgradeMs: 400 },
      // A slow forget, as on a busy PostgreSQL: the answer must wait for it.
      { onReset: () => new Promise<void>((resolve) => setTimeout(() => { forgotten = true; resolve(); }, 200)) },
    );
    try {
      const response = await fetch(`${demo.upstream.endpoint}/__sim/reset`, { method: 'POST' });
      expect(response.status).toBe(204);
      expect(forgotten).toBe(true);
    } finally {
      await demo.simulator.close();
    }
  });
});

describe('BFF on the simulator', () => {
  it('reads every allow-listed resource, and each answer parses with the shared schema', async () => {
    const reads = [
      ['listClusters', url('listClusters')],
      ['showCluster', url('showCluster')],
      ['showUpgradeInfo', url('showUpgradeInfo')],
      ['listUpgradePaths', '/api/cce/v3/clusterupgradepaths'],
      ['listNodePools', url('listNodePools', '?showDefaultNodePool=true')],
      ['listNodes', url('listNodes')],
      ['listAddonInstances', `/api/cce/v3/addons?cluster_id=${cluster}`],
      ['listAddonTemplates', '/api/cce/v3/addontemplates'],
      ['listUpgradeTasks', url('listUpgradeTasks')],
    ] as const;
    for (const [op, path] of reads) {
      const response = await bff.inject({ method: 'GET', url: path });
      expect(response.statusCode, `${op}: ${response.body.slice(0, 200)}`).toBe(200);
      expect(cceOperations[op].response.safeParse(response.json()).success, op).toBe(true);
    }
  });

  it('delivers the submitted upgrade body byte-identical to the preview, then the task reaches Success', async () => {
    simulator.simulator.received.clear();
    const preview = serializeUpgradeRequest(toUpgradeRequest({ ...emptyPlan(cluster), targetVersion: 'v1.29', userDefinedStep: 10, scope: 'NodePool' }));
    const submitted = await submit(preview);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const taskId = cceOperations.upgradeCluster.response.parse(submitted.json()).metadata.uid;

    const received = simulator.simulator.received.list().filter((r) => r.operation === 'upgradeCluster');
    expect(received.map((r) => r.body)).toEqual([preview]);

    await new Promise((resolve) => setTimeout(resolve, 500));
    const task = await bff.inject({ method: 'GET', url: url('showUpgradeTask', '', taskId) });
    expect(cceOperations.showUpgradeTask.response.parse(task.json()).status.phase).toBe('Success');
  });

  it('forgets remembered submits when the simulator resets, whose tasks are gone with it', async () => {
    await resetSimulator();
    const preview = serializeUpgradeRequest(toUpgradeRequest({ ...emptyPlan(cluster), targetVersion: 'v1.29', userDefinedStep: 7 }));
    expect((await submit(preview)).statusCode).toBe(200);
    expect((await submit(preview)).headers[REPLAYED_HEADER]).toBe('true');
    expect((await resetSimulator()).status).toBe(204);
    const afterReset = await submit(preview);
    expect(afterReset.statusCode).toBe(200);
    expect(afterReset.headers[REPLAYED_HEADER]).toBeUndefined();
    expect(simulator.simulator.received.list().filter((r) => r.operation === 'upgradeCluster')).toHaveLength(1);
  });

  it('passes CCE’s own refusal through in words', async () => {
    const preview = serializeUpgradeRequest(toUpgradeRequest({ ...emptyPlan(cluster), targetVersion: 'v1.99' }));
    const response = await submit(preview);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, code: expect.stringMatching(/^CCE\./), message: expect.any(String), requestId: expect.any(String) });
  });
});
