import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../shared/bff-api';
import { serializeUpgradeRequest, toUpgradeRequest, emptyPlan } from '../shared/plan';
import { buildTestBff, SAME_ORIGIN, startRecordingUpstream, TEST_AK, TEST_CLUSTER, TEST_PROJECT, TEST_SK } from './testing/recording-upstream';

const clusterPath = `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}`;
const upgradePath = `${clusterPath}/operation/upgrade`;
const preCheckPath = `${clusterPath}/operation/precheck`;
const validBody = JSON.stringify({ apiVersion: 'v3', kind: 'PreCheckTask', spec: { clusterID: TEST_CLUSTER, targetVersion: 'v1.29' } }, null, 2);

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: FastifyInstance;
let logLines: string[];

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  ({ app, logLines } = await buildTestBff(upstream.endpoint, 500));
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});
afterEach(() => {
  upstream.received.length = 0;
  upstream.respondWith(() => ({ items: [] }));
});

const post = (body: string, contentType = 'application/json', url = preCheckPath) =>
  app.inject({ method: 'POST', url, headers: { ...SAME_ORIGIN, 'content-type': contentType }, payload: body });

describe('BFF proxy', () => {
  it('forwards an allow-listed read, signed, to {endpoint}/api/<rest> and returns CCE’s JSON as is', async () => {
    upstream.respondWith((_req, reply) => reply.header('x-request-id', 'req-1').send({ items: [{ a: 1 }] }));
    const response = await app.inject({ method: 'GET', url: `${clusterPath}/nodepools?showDefaultNodePool=true` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [{ a: 1 }] });
    expect(response.headers['x-request-id']).toBe('req-1');
    const [call] = upstream.received;
    expect(call?.url).toBe(`/api/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}/nodepools?showDefaultNodePool=true`);
    expect(call?.headers.authorization).toMatch(new RegExp(`^SDK-HMAC-SHA256 Access=${TEST_AK}, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$`));
    expect(call?.headers['x-project-id']).toBe(TEST_PROJECT);
  });

  it('forwards a valid body byte for byte', async () => {
    upstream.respondWith(() => ({ metadata: { uid: 'task-1' }, spec: {} }));
    const response = await post(validBody);
    expect(response.statusCode).toBe(200);
    expect(upstream.received.map((r) => r.body)).toEqual([validBody]);
  });

  it.each([
    ['an unknown operation', 'GET', `${clusterPath}/operation/upgrade/retry`, 404],
    ['a method not on the list', 'DELETE', clusterPath, 404],
    ['another project', 'GET', `/api/cce/v3/projects/${'a'.repeat(32)}/clusters`, 403],
    ['a bad path part', 'GET', `/api/cce/v3/projects/${TEST_PROJECT}/clusters/..%2F..%2Fetc`, 400],
    ['a query parameter not on the list', 'GET', `${clusterPath}?evil=1`, 400],
  ])('refuses %s without contacting CCE', async (_, method, url, status) => {
    const response = await app.inject({ method: method as 'GET', url, headers: SAME_ORIGIN });
    expect(response.statusCode).toBe(status);
    expect(bffErrorSchema.parse(response.json()).message.length).toBeGreaterThan(10);
    expect(upstream.received).toEqual([]);
  });

  it('refuses an invalid body with 400 listing every bad path, without contacting CCE', async () => {
    const bad = JSON.parse(validBody);
    bad.spec.clusterID = 'not-a-cluster';
    bad.spec.targetVersion = 'latest';
    const response = await post(JSON.stringify(bad));
    expect(response.statusCode).toBe(400);
    const error = bffErrorSchema.parse(response.json());
    expect(error.code).toBe('BFF.INVALID_BODY');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['spec.clusterID', 'spec.targetVersion']);
    expect(upstream.received).toEqual([]);
  });

  it.each([
    ['upgradeCluster', upgradePath, `/api/clusters/${TEST_CLUSTER}/upgrade`],
    ['retryUpgrade', `${upgradePath}/retry`, `/api/clusters/${TEST_CLUSTER}/upgrade/retry`],
  ])('refuses %s with 405 naming the audited submit route, without contacting CCE', async (operation, url, route) => {
    const body = operation === 'upgradeCluster' ? serializeUpgradeRequest(toUpgradeRequest({ ...emptyPlan(TEST_CLUSTER), targetVersion: 'v1.29' })) : '';
    const response = await post(body, 'application/json', url);
    expect(response.statusCode).toBe(405);
    const error = bffErrorSchema.parse(response.json());
    expect(error.code).toBe('BFF.USE_SUBMIT_ROUTE');
    expect(error.message).toContain(`POST ${route}`);
    expect(upstream.received).toEqual([]);
  });

  it.each([
    ['non-JSON', '{"metadata":', 'application/json', 400],
    ['an empty body', '', 'application/json', 400],
    ['a form post', 'a=1', 'application/x-www-form-urlencoded', 415],
    ['an oversized body', JSON.stringify({ pad: 'x'.repeat(300 * 1024) }), 'application/json', 413],
  ])('refuses %s without contacting CCE', async (_, body, contentType, status) => {
    const response = await post(body, contentType);
    expect(response.statusCode).toBe(status);
    expect(bffErrorSchema.safeParse(response.json()).success).toBe(true);
    expect(upstream.received).toEqual([]);
  });

  it.each([
    ['CCE spelling', { errorCode: 'CCE.01404001', errorMessage: 'Cluster not found' }, 'CCE.01404001', 'Cluster not found'],
    ['gateway spelling', { error_code: 'APIG.0303', error_msg: 'Incorrect app authentication information', request_id: 'r-9' }, 'APIG.0303', 'Incorrect app authentication information'],
  ])('maps an upstream error in %s to one shape', async (_, body, code, message) => {
    upstream.respondWith((_req, reply) => reply.code(404).send(body));
    const response = await app.inject({ method: 'GET', url: clusterPath });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, code, message });
  });

  it('says the server clock is off when the gateway refuses the signature time (401 APIG.0303), keeping CCE’s code', async () => {
    upstream.respondWith((_req, reply) =>
      reply.code(401).send({ error_code: 'APIG.0303', error_msg: 'Incorrect app authentication information: signature expired', request_id: 'r-1' }),
    );
    const response = await app.inject({ method: 'GET', url: clusterPath });
    expect(response.statusCode).toBe(401);
    const error = bffErrorSchema.parse(response.json());
    expect(error).toMatchObject({ code: 'APIG.0303', requestId: 'r-1' });
    expect(error.message).toMatch(/clock/);
    expect(error.message).toMatch(/NTP/);
  });

  it.each([
    ['delay-seconds', '7', 7],
    ['an HTTP date', new Date(Date.now() + 30_000).toUTCString(), 30],
  ])('passes CCE’s Retry-After on a 429 through as %s, in the header and the error body', async (_, retryAfter, seconds) => {
    upstream.respondWith((_req, reply) => reply.code(429).header('retry-after', retryAfter).send({ errorCode: 'CCE.02429001', errorMessage: 'Too many requests' }));
    const response = await app.inject({ method: 'GET', url: clusterPath });
    expect(response.statusCode).toBe(429);
    const error = bffErrorSchema.parse(response.json());
    expect(error.code).toBe('CCE.02429001');
    // An HTTP date is a second-granular instant, and a loaded machine takes a moment between setup and request.
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(seconds - 5);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(seconds);
    expect(response.headers['retry-after']).toBe(String(error.retryAfterSeconds));
  });

  it('answers 502 in words when CCE sends a malformed body', async () => {
    upstream.respondWith((_req, reply) => reply.type('application/json').send('{"items": [tru'));
    const response = await app.inject({ method: 'GET', url: clusterPath });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'BFF.UPSTREAM_MALFORMED' });
  });

  it('answers 504 when CCE is too slow, and a timed-out POST is sent once and says its outcome is not known', async () => {
    upstream.respondWith(async () => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      return { metadata: { uid: 'late' } };
    });
    const response = await post(validBody);
    expect(response.statusCode).toBe(504);
    expect(response.json().message).toMatch(/not known whether it accepted/);
    expect(upstream.received).toHaveLength(1);
  });
});

describe('BFF without a reachable CCE', () => {
  it('answers 502 with what to do next', async () => {
    const { app: lonely } = await buildTestBff('http://127.0.0.1:9', 500);
    const response = await lonely.inject({ method: 'GET', url: `/api/cce/v3/projects/${TEST_PROJECT}/clusters` });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'BFF.UPSTREAM_UNREACHABLE', message: expect.stringMatching(/could not reach CCE/) });
    await lonely.close();
  });
});

describe('session and secrets', () => {
  it('tells the SPA the mode, region and project', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/session' });
    expect(response.json()).toEqual({ mode: 'real', region: 'cn-north-4', projectId: TEST_PROJECT, auth: 'none', approvalsRequired: 0 });
  });

  it('logs one line per request when it is answered, with the upstream call beside it', async () => {
    logLines.length = 0;
    upstream.respondWith((_req, reply) => reply.header('x-request-id', 'req-7').send({ items: [] }));
    await app.inject({ method: 'GET', url: `${clusterPath}/nodes` });
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.map((entry) => entry['msg'])).toEqual(['CCE call', 'request completed']);
    expect(entries[1]).toMatchObject({ req: { method: 'GET', url: `${clusterPath}/nodes` }, res: { statusCode: 200 }, responseTime: expect.any(Number) });
    expect(entries[0]).toMatchObject({ operation: 'listNodes', status: 200, requestId: 'req-7' });
  });

  it('never returns or logs the secret key, even when the browser sends an Authorization header', async () => {
    const responses = await Promise.all([
      app.inject({ method: 'GET', url: '/api/session' }),
      app.inject({ method: 'GET', url: clusterPath, headers: { authorization: `Bearer ${TEST_SK}` } }),
      post(validBody),
      post('{'),
    ]);
    const everything = [...responses.flatMap((r) => [r.body, JSON.stringify(r.headers)]), ...logLines].join('\n');
    expect(logLines.length).toBeGreaterThan(3);
    expect(everything).not.toContain(TEST_SK);
  });
});
