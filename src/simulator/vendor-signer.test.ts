import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimulator, demoClusters } from './app';
import { apiPath, TEST_CREDENTIALS, TEST_PROJECT_ID } from './testing/signed-inject';

/** Interop over real HTTP with Huawei's own SDK signer: our verifier must accept what the vendor signs. */
const app = buildSimulator({ credentials: TEST_CREDENTIALS, projectId: TEST_PROJECT_ID });
let base = '';

beforeAll(async () => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app.close());

function send(method: string, path: string, queryParams: Record<string, string>, data?: object) {
  const credentials = new BasicCredentials().withAk(TEST_CREDENTIALS.ak).withSk(TEST_CREDENTIALS.sk).withProjectId(TEST_PROJECT_ID);
  const headers: Record<string, string> = AKSKSigner.sign(
    { method, endpoint: `${base}${path}`, headers: { 'Content-Type': 'application/json', 'X-Project-Id': TEST_PROJECT_ID }, queryParams, data },
    credentials,
  );
  const query = new URLSearchParams(queryParams).toString();
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}${query ? `?${query}` : ''}`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(data ? JSON.stringify(data) : undefined);
  });
}

describe('vendor SDK signer interop', () => {
  it('accepts a GET with query parameters signed by AKSKSigner', async () => {
    const response = await send('GET', apiPath('listNodes', { cluster_id: demoClusters['legacy-batch'].id }), { limit: '5' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).items).toHaveLength(5);
  });

  it('accepts a POST body signed by AKSKSigner', async () => {
    const response = await send('POST', apiPath('upgradeCluster', { cluster_id: demoClusters['prod-payments'].id }), {}, {
      metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
      spec: { clusterUpgradeAction: { targetVersion: 'v1.30', strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 20 } } } },
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).spec.clusterUpgradeAction.targetVersion).toBe('v1.30');
  });
});
