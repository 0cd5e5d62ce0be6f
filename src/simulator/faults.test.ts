import { describe, expect, it } from 'vitest';
import { cceOperations } from '../shared/cce-operations';
import { read, upgrade, upgradeBody } from './testing/cce-calls';
import type { TestSimulator } from './testing/signed-inject';
import { apiPath, signedInject, testSimulator } from './testing/signed-inject';

const url = apiPath('listClusters');

describe('fault injection', () => {
  it('answers a CCE-shaped error with extra headers for the next `times` requests, then recovers', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('listClusters', { status: 429, times: 2, headers: { 'retry-after': '3' } });
    for (let i = 0; i < 2; i++) {
      const response = await signedInject(sim, { url });
      expect(response.statusCode).toBe(429);
      expect(response.headers['retry-after']).toBe('3');
      expect(response.json()).toEqual({ errorCode: 'CCE.02429001', errorMessage: expect.any(String) });
    }
    expect((await signedInject(sim, { url })).statusCode).toBe(200);
  });

  it('only touches the faulted operation', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('showUpgradeInfo', { status: 500 });
    expect((await signedInject(sim, { url })).statusCode).toBe(200);
  });

  it('answers 200 with text that is not JSON when malformed', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('listClusters', { malformed: true });
    const response = await signedInject(sim, { url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(() => JSON.parse(response.body)).toThrow();
  });

  it('sends a given body verbatim, e.g. a response that breaks the shared schema', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('listClusters', { body: { items: [{ metadata: {} }] } });
    const response = await signedInject(sim, { url });
    expect(response.statusCode).toBe(200);
    expect(cceOperations.listClusters.response.safeParse(response.json()).success).toBe(false);
  });

  it('delays the answer by delayMs', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('listClusters', { delayMs: 150 });
    const started = performance.now();
    expect((await signedInject(sim, { url })).statusCode).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('cuts a long delay short with 503 when the simulator closes', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('listClusters', { delayMs: 60_000 });
    const started = performance.now();
    const pending = signedInject(sim, { url });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await sim.app.close();
    expect((await pending).statusCode).toBe(503);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('applies after signature verification', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('listClusters', { status: 503 });
    expect((await signedInject(sim, { url, sk: 'wrong' })).statusCode).toBe(401);
  });
});

describe('/__sim/ controls over HTTP', () => {
  it('sets and clears faults, and lists and clears received requests with their raw bodies', async () => {
    const sim = testSimulator();
    const { app } = sim;
    const put = await app.inject({ method: 'PUT', url: '/__sim/faults/upgradeCluster', payload: { status: 409, times: 1 } });
    expect(put.statusCode).toBe(204);
    const raw = '{ "metadata" : {"apiVersion":"v3"} }';
    const upgradeUrl = apiPath('upgradeCluster', { cluster_id: '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31' });
    expect((await signedInject(sim, { method: 'POST', url: upgradeUrl, body: raw })).statusCode).toBe(409);

    const log = (await app.inject({ method: 'GET', url: '/__sim/requests' })).json();
    expect(log.items).toEqual([
      expect.objectContaining({ method: 'POST', url: upgradeUrl, operation: 'upgradeCluster', body: raw, headers: expect.objectContaining({ 'x-sdk-date': expect.any(String) }) }),
    ]);
    expect((await app.inject({ method: 'DELETE', url: '/__sim/requests' })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/__sim/requests' })).json()).toEqual({ items: [] });

    await app.inject({ method: 'PUT', url: '/__sim/faults/listClusters', payload: { status: 500 } });
    expect((await app.inject({ method: 'DELETE', url: '/__sim/faults' })).statusCode).toBe(204);
    expect((await signedInject(sim, { url })).statusCode).toBe(200);
  });

  it('rejects unknown operations and invalid fault specs', async () => {
    const { app } = testSimulator();
    expect((await app.inject({ method: 'PUT', url: '/__sim/faults/deleteCluster', payload: { status: 500 } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PUT', url: '/__sim/faults/listClusters', payload: { status: 'boom' } })).statusCode).toBe(400);
  });

  it('resets the fleet after an upgrade', async () => {
    const sim = testSimulator(10);
    const cluster_id = '0b5e7d42-91ac-4f63-8e2d-7a6c13f09b84';
    const body = JSON.stringify({
      metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
      // isOnlyUpgrade: legacy-batch's out-of-maintenance add-ons would stop the built-in pre-check.
      spec: { clusterUpgradeAction: { targetVersion: 'v1.27', isOnlyUpgrade: true, strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 20 } } } },
    });
    expect((await signedInject(sim, { method: 'POST', url: apiPath('upgradeCluster', { cluster_id }), body })).statusCode).toBe(200);
    sim.clock.now += 10;
    const version = async () => (await signedInject(sim, { url: apiPath('showCluster', { cluster_id }) })).json().spec.version;
    expect(await version()).toBe('v1.27');
    expect((await sim.app.inject({ method: 'POST', url: '/__sim/reset' })).statusCode).toBe(204);
    expect(await version()).toBe('v1.25');
  });
});

describe('faults after the handler', () => {
  const cluster_id = '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31';
  const body = JSON.stringify(upgradeBody('v1.29'));
  const tasks = async (sim: TestSimulator) => (await read(sim, 'listUpgradeTasks', { cluster_id })).items.length;

  it('answers a malformed body although CCE accepted the upgrade', async () => {
    const sim = testSimulator();
    const before = await tasks(sim);
    sim.app.simulator.faults.set('upgradeCluster', { malformed: true, after: true, times: 1 });
    const response = await signedInject(sim, { method: 'POST', url: apiPath('upgradeCluster', { cluster_id }), body });
    expect(response.statusCode).toBe(200);
    expect(() => JSON.parse(response.body)).toThrow();
    expect(await tasks(sim)).toBe(before + 1);
  });

  it('answers a gateway timeout after the upgrade task was created', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('upgradeCluster', { delayMs: 50, status: 504, after: true, times: 1 });
    const response = await signedInject(sim, { method: 'POST', url: apiPath('upgradeCluster', { cluster_id }), body });
    expect(response.statusCode).toBe(504);
    expect((await read(sim, 'showCluster', { cluster_id })).status.phase).toBe('Upgrading');
  });

  it('delays the real answer when it only has a delay', async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('upgradeCluster', { delayMs: 100, after: true });
    const started = performance.now();
    const response = await signedInject(sim, { method: 'POST', url: apiPath('upgradeCluster', { cluster_id }), body });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ metadata: { uid: expect.any(String) } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it("replaces the handler's own refusal too", async () => {
    const sim = testSimulator();
    sim.app.simulator.faults.set('upgradeCluster', { status: 502, after: true });
    const response = await signedInject(sim, { method: 'POST', url: apiPath('upgradeCluster', { cluster_id }), body: '{"not":"an upgrade"}' });
    expect(response.statusCode).toBe(502);
  });
});

describe('/__sim/ upgrade failures and clock skew', () => {
  const cluster_id = '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31';

  it('arms a failure for the next upgrade over HTTP, refusing bad bodies and unknown clusters; reset disarms it', async () => {
    const sim = testSimulator(100_000);
    const put = (id: string, payload: unknown) => sim.app.inject({ method: 'PUT', url: `/__sim/upgrade-failures/${id}`, payload: JSON.stringify(payload) });
    expect((await put(cluster_id, { atWave: 0, reason: 'x' })).statusCode).toBe(400);
    expect((await put(cluster_id, { atWave: 1 })).statusCode).toBe(400);
    expect((await put('00000000-0000-4000-8000-000000000000', { atWave: 1, reason: 'x' })).statusCode).toBe(404);
    expect((await put(cluster_id, { atWave: 1, reason: 'kubelet did not come back' })).statusCode).toBe(204);
    const upgradeAndWait = async () => {
      const started = await upgrade(sim, cluster_id, upgradeBody('v1.29'));
      sim.clock.now += 100_000;
      return (await read(sim, 'showUpgradeTask', { cluster_id, task_id: (started.body as { metadata: { uid: string } }).metadata.uid })).status;
    };
    expect(await upgradeAndWait()).toMatchObject({ phase: 'Failed', reason: 'kubelet did not come back' });

    expect((await sim.app.inject({ method: 'POST', url: '/__sim/reset' })).statusCode).toBe(204);
    expect((await put(cluster_id, { atWave: 1, reason: 'armed before reset' })).statusCode).toBe(204);
    expect((await sim.app.inject({ method: 'POST', url: '/__sim/reset' })).statusCode).toBe(204);
    expect((await upgradeAndWait()).phase).toBe('Success');
  });

  it("skews the signature clock so fresh requests get the gateway's signature-expired 401, until reset", async () => {
    const sim = testSimulator();
    const url = apiPath('listClusters');
    expect((await sim.app.inject({ method: 'PUT', url: '/__sim/clock', payload: JSON.stringify({ skewMs: 'late' }) })).statusCode).toBe(400);
    expect((await sim.app.inject({ method: 'PUT', url: '/__sim/clock', payload: JSON.stringify({ skewMs: 20 * 60_000 }) })).statusCode).toBe(204);
    const expired = await signedInject(sim, { url });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toEqual({ error_code: 'APIG.0303', error_msg: expect.stringMatching(/signature expired/), request_id: expect.any(String) });

    await sim.app.inject({ method: 'POST', url: '/__sim/reset' });
    expect((await signedInject(sim, { url })).statusCode).toBe(200);
    sim.app.simulator.skewClock(-16 * 60_000);
    expect((await signedInject(sim, { url })).statusCode).toBe(401);
  });
});
