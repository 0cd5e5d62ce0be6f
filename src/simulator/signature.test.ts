import { describe, expect, it } from 'vitest';
import { demoClusters } from './app';
import { apiPath, signedInject, testSimulator, TEST_PROJECT_ID } from './testing/signed-inject';

const prod = demoClusters['prod-payments'].id;
const MINUTE = 60_000;

function expectGatewayError(response: { statusCode: number; json(): unknown; headers: Record<string, unknown> }, code: string) {
  expect(response.statusCode).toBe(401);
  const body = response.json();
  expect(body).toEqual({ error_code: code, error_msg: expect.any(String), request_id: response.headers['x-request-id'] });
}

describe('signature verification', () => {
  it('accepts a correctly signed request and tags the response with a request id', async () => {
    const response = await signedInject(testSimulator(), { url: apiPath('showCluster', { cluster_id: prod }) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('covers the query string: a signed query verifies, an altered one does not', async () => {
    const sim = testSimulator();
    const url = apiPath('listNodes', { cluster_id: prod }, 'limit=5');
    expect((await signedInject(sim, { url })).statusCode).toBe(200);
    expectGatewayError(await signedInject(sim, { url, sentUrl: url.replace('limit=5', 'limit=6') }), 'APIG.0301');
    const signedHeaders = ['host', 'x-sdk-date'];
    const ok = await signedInject(sim, { url: apiPath('listAddonTemplates', {}, 'addon_template_name=coredns'), signedHeaders });
    expect(ok.statusCode).toBe(200);
  });

  it('rejects a body changed after signing', async () => {
    const sim = testSimulator();
    const body = JSON.stringify({ metadata: { apiVersion: 'v3', kind: 'UpgradeTask' } });
    const response = await signedInject(sim, {
      method: 'POST',
      url: apiPath('upgradeCluster', { cluster_id: prod }),
      body,
      sentBody: body.replace('v3', 'v4'),
    });
    expectGatewayError(response, 'APIG.0301');
  });

  it('rejects a wrong secret key and an unknown access key', async () => {
    const sim = testSimulator();
    const url = apiPath('listClusters');
    expectGatewayError(await signedInject(sim, { url, sk: 'not-the-secret' }), 'APIG.0301');
    expectGatewayError(await signedInject(sim, { url, ak: 'SOMEONEELSE' }), 'APIG.0301');
  });

  it('rejects a missing Authorization header', async () => {
    const sim = testSimulator();
    expectGatewayError(await sim.app.inject({ method: 'GET', url: apiPath('listClusters') }), 'APIG.0301');
  });

  it('requires host and x-sdk-date to be signed', async () => {
    const sim = testSimulator();
    expectGatewayError(await signedInject(sim, { url: apiPath('listClusters'), signedHeaders: ['x-sdk-date'] }), 'APIG.0301');
    expectGatewayError(await signedInject(sim, { url: apiPath('listClusters'), signedHeaders: ['host'] }), 'APIG.0301');
  });

  it('rejects an X-Sdk-Date more than 15 minutes off the server clock as expired', async () => {
    const sim = testSimulator();
    const url = apiPath('listClusters');
    expectGatewayError(await signedInject(sim, { url, date: new Date(sim.clock.now - 16 * MINUTE) }), 'APIG.0303');
    expectGatewayError(await signedInject(sim, { url, date: new Date(sim.clock.now + 16 * MINUTE) }), 'APIG.0303');
    expect((await signedInject(sim, { url, date: new Date(sim.clock.now - 14 * MINUTE) })).statusCode).toBe(200);
  });

  it('does not record requests that fail verification', async () => {
    const sim = testSimulator();
    await signedInject(sim, { url: apiPath('listClusters'), sk: 'wrong' });
    await signedInject(sim, { url: apiPath('listClusters') });
    expect(sim.app.simulator.received.list().map((r) => r.operation)).toEqual(['listClusters']);
  });

  it('checks the signature before the project scope', async () => {
    const sim = testSimulator();
    const foreign = apiPath('listClusters').replace(TEST_PROJECT_ID, 'f'.repeat(32));
    expectGatewayError(await signedInject(sim, { url: foreign, sk: 'wrong' }), 'APIG.0301');
  });
});
