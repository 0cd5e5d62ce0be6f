import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { bffErrorSchema, IDEMPOTENCY_HEADER } from '../../shared/bff-api';
import type { Json } from '../testing/json-mutations';
import { buildTestBff, SAME_ORIGIN, startRecordingUpstream, TEST_CLUSTER, TEST_PROJECT } from '../testing/recording-upstream';
import { type BodyCase, invalidBodies, invalidUpgradeSpecifics } from './invalid-bodies';

const clusterPath = `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}`;
const submitPath = `/api/clusters/${TEST_CLUSTER}/upgrade`;
const POOL_A = '0a1b2c3d-0000-4000-8000-000000000001';
const POOL_B = '0a1b2c3d-0000-4000-8000-000000000002';

const validUpgrade: Json = {
  metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
  spec: {
    clusterUpgradeAction: {
      targetVersion: 'v1.29',
      strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 10, scope: 'Cluster' } },
      nodePoolOrder: { [POOL_A]: 2, [POOL_B]: 1 },
      nodeOrder: { [POOL_A]: [{ nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary', 'early'] }, priority: 2 }] },
      addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5', values: { flavor: { replicas: 2, resources: [{ cpu: '500m' }] } } }],
    },
  },
};
const action = ['spec', 'clusterUpgradeAction'];
const upgradeRequired = [
  ['metadata'], ['metadata', 'apiVersion'], ['metadata', 'kind'], ['spec'], action, [...action, 'targetVersion'], [...action, 'strategy'],
  [...action, 'strategy', 'type'], [...action, 'strategy', 'inPlaceRollingUpdate'], [...action, 'strategy', 'inPlaceRollingUpdate', 'userDefinedStep'],
  [...action, 'nodeOrder', POOL_A, 0, 'nodeSelector'], [...action, 'nodeOrder', POOL_A, 0, 'nodeSelector', 'key'],
  [...action, 'nodeOrder', POOL_A, 0, 'nodeSelector', 'operator'], [...action, 'nodeOrder', POOL_A, 0, 'priority'],
  [...action, 'addons', 0, 'addonTemplateName'], [...action, 'addons', 0, 'operation'], [...action, 'addons', 0, 'version'],
];
const validPreCheck: Json = {
  apiVersion: 'v3',
  kind: 'PreCheckTask',
  spec: {
    clusterID: TEST_CLUSTER,
    clusterVersion: 'v1.28',
    targetVersion: 'v1.29',
    skippedCheckItemList: [{ name: 'NodeDiskCheck', resourceSelector: { key: 'node.uid', operator: 'In', values: ['node-1', 'node-2'] } }],
  },
};
const preCheckRequired = [['apiVersion'], ['kind'], ['spec'], ['spec', 'clusterID'], ['spec', 'targetVersion'], ['spec', 'skippedCheckItemList', 0, 'name']];

// A few hundred requests each: well under a second alone, several on a busy machine.
const PROPERTY_TIMEOUT_MS = 30_000;

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: FastifyInstance;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  ({ app } = await buildTestBff(upstream.endpoint, 1000));
  upstream.respondWith(() => ({ metadata: { uid: 'task-1' }, spec: {}, status: {} }));
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});
afterEach(() => {
  upstream.received.length = 0;
});

// Same-origin headers, so the CSRF check lets each request through to the validation under test.
const post = (target: FastifyInstance, url: string, body: string, contentType?: string, headers: Record<string, string> = {}) =>
  target.inject({ method: 'POST', url, headers: { ...SAME_ORIGIN, ...headers, ...(contentType === undefined ? {} : { 'content-type': contentType }) }, payload: body });

/** The one place that knows how an UpgradeCluster body reaches the BFF: retarget it, and only it, when the submit route moves. */
function sendUpgradeBody(target: FastifyInstance, bodyText: string, contentType?: string) {
  // The audited submit route wraps the exact UpgradeCluster text; the wrapper is valid, so the text alone is refused.
  return post(target, submitPath, JSON.stringify({ request: bodyText, acceptedRisks: [] }), contentType, { [IDEMPOTENCY_HEADER]: randomUUID() });
}
const sendPreCheckBody = (target: FastifyInstance, bodyText: string, contentType?: string) =>
  post(target, `${clusterPath}/operation/precheck`, bodyText, contentType);

/** Every generated body is answered 4xx in the BFF's error shape with a message a person can act on, and CCE hears nothing. */
async function expectRefused(send: typeof sendUpgradeBody, { kind, body, contentType }: BodyCase) {
  const response = await send(app, body, contentType);
  const context = `${kind}: ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, context).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, context).toBeLessThan(500);
  const error = bffErrorSchema.parse(response.json());
  expect(error.message.length, context).toBeGreaterThan(20);
  expect(error.message, context).not.toMatch(/unexpected/i);
  // Refused for what the body says, not by a defence in front of the validation.
  expect(error.code, context).not.toMatch(/RATE_LIMITED|CROSS_SITE|IDEMPOTENCY/);
  expect(upstream.received, context).toEqual([]);
}

describe('invalid request bodies', () => {
  it.each([
    ['an UpgradeCluster body', sendUpgradeBody, validUpgrade],
    ['a CreatePreCheck body', sendPreCheckBody, validPreCheck],
  ])('forwards the valid base of the generated bodies (%s), so each mutation is what gets it refused', async (_, send, valid) => {
    const response = await send(app, JSON.stringify(valid), 'application/json');
    expect(response.statusCode, response.body).toBe(200);
    expect(upstream.received).toHaveLength(1);
  });

  it('refuses every invalid UpgradeCluster body with a 4xx and a clear message, and never calls CCE', async () => {
    const bodies = fc.oneof(
      { weight: 4, arbitrary: invalidBodies({ valid: validUpgrade, required: upgradeRequired, freeForm: (path) => path.includes('values') }) },
      { weight: 1, arbitrary: invalidUpgradeSpecifics(validUpgrade, [...action, 'strategy', 'inPlaceRollingUpdate', 'userDefinedStep'], [...action, 'nodeOrder', POOL_A, 0, 'nodeSelector', 'operator']) },
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        upstream.received.length = 0;
        await expectRefused(sendUpgradeBody, body);
      }),
      { numRuns: 250 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('refuses every invalid CreatePreCheck body with a 4xx and a clear message, and never calls CCE', async () => {
    await fc.assert(
      fc.asyncProperty(invalidBodies({ valid: validPreCheck, required: preCheckRequired }), async (body) => {
        upstream.received.length = 0;
        await expectRefused(sendPreCheckBody, body);
      }),
      { numRuns: 120 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('body size limit', () => {
  let port: number;
  beforeAll(async () => {
    port = Number(new URL(await app.listen({ host: '127.0.0.1', port: 0 })).port);
  });

  it('refuses a body announced larger than the limit with 413 before reading it', async () => {
    // Headers promise 10 MB and only a few bytes follow: the answer can only come from the announced length.
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST ${submitPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nX-Requested-With: XMLHttpRequest\r\nIdempotency-Key: ${randomUUID()}\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n{"metadata":`,
        );
      });
      let received = '';
      socket.on('data', (chunk) => {
        received += String(chunk);
        if (received.includes('\r\n\r\n') && received.includes('}')) socket.destroy();
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"BFF.BODY_TOO_LARGE"');
    expect(upstream.received).toEqual([]);
  });

  it('stops reading a chunked body of no announced length at the limit and answers 413', async () => {
    const chunk = `"${'x'.repeat(64 * 1024)}",`;
    const ENDLESS = 64 * 1024 * 1024;
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: submitPath, headers: { ...SAME_ORIGIN, origin: `http://127.0.0.1:${port}`, [IDEMPOTENCY_HEADER]: randomUUID(), 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('[');
      // Keeps sending until the BFF answers: an endless body must not be buffered to the end.
      const pump = () => {
        for (let flowing = true; flowing && sent < ENDLESS; sent += chunk.length) flowing = req.write(chunk);
        if (sent < ENDLESS && !req.destroyed) req.once('drain', pump);
      };
      pump();
    });
    expect(status).toBe(413);
    expect(sent).toBeGreaterThan(256 * 1024);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
    expect(upstream.received).toEqual([]);
  });
});
