import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeSignature, parseAuthorization } from '../../shared/aksk-signature';
import { bffErrorSchema, REPLAYED_HEADER } from '../../shared/bff-api';
import { freshBffPerTest } from '../testing/bff-per-test';
import { TEST_AK, TEST_CLUSTER, TEST_PROJECT, TEST_SK } from '../testing/recording-upstream';
import { planText, retryUpgrade, submitUpgrade, upgradeAccepted } from '../testing/submit-client';

const upstreamPath = `/api/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}/operation/upgrade`;
const risk = { name: 'NodeDiskCheck', nodeUids: ['node-1'], reason: 'The disks are replaced next week anyway.' };

const { upstream, app, audit } = freshBffPerTest();

const outcomes = async () => (await audit()).map((entry) => entry.outcome);

describe('POST /api/clusters/:clusterId/upgrade', () => {
  it('forwards the reviewed text byte for byte, signed, and answers CCE’s response unchanged', async () => {
    // Unusual spacing proves the text is forwarded, not re-serialised.
    const request = JSON.stringify(JSON.parse(planText()), null, 3);
    upstream().respondWith((_req, reply) => reply.code(201).header('x-request-id', 'req-7').type('application/json').send('{"metadata":{"uid":"task-9"},  "spec":{}}'));
    const response = await submitUpgrade(app(), { request, acceptedRisks: [risk], preCheckTaskId: 'precheck-1' });

    expect(response.statusCode).toBe(201);
    expect(response.body).toBe('{"metadata":{"uid":"task-9"},  "spec":{}}');
    expect(response.headers['x-request-id']).toBe('req-7');
    expect(response.headers[REPLAYED_HEADER]).toBeUndefined();

    const [call] = upstream().received;
    expect(upstream().received).toHaveLength(1);
    expect(call).toMatchObject({ method: 'POST', url: upstreamPath, body: request });
    const authorization = parseAuthorization(String(call?.headers.authorization));
    expect(authorization).toMatchObject({ access: TEST_AK, signedHeaders: ['content-type', 'host', 'x-project-id', 'x-sdk-date'] });
    const signed = { 'content-type': 'application/json', host: String(call?.headers.host), 'x-project-id': TEST_PROJECT, 'x-sdk-date': String(call?.headers['x-sdk-date']) };
    const expected = computeSignature({ method: 'POST', path: upstreamPath, query: [], headers: signed, body: request }, Object.keys(signed), TEST_SK);
    expect(authorization?.signature).toBe(expected);
  });

  it('writes a write-ahead line before sending and an accepted line with the risks, pre-check and task after', async () => {
    const request = planText();
    const key = randomUUID();
    await submitUpgrade(app(), { request, acceptedRisks: [risk], preCheckTaskId: 'precheck-1' }, { key });
    expect(await audit()).toEqual([
      expect.objectContaining({ outcome: 'sending', status: null }),
      expect.objectContaining({
        kind: 'upgrade',
        clusterId: TEST_CLUSTER,
        idempotencyKey: key,
        body: JSON.parse(request),
        bodySha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        acceptedRisks: [risk],
        preCheckTaskId: 'precheck-1',
        outcome: 'accepted',
        status: 200,
        taskId: 'task-1',
        errorCode: null,
        user: null,
      }),
    ]);
  });

  const bad = JSON.parse(planText());
  bad.spec.clusterUpgradeAction.targetVersion = 'latest';
  const json = (value: unknown) => JSON.stringify(value);
  it.each([
    ['no Idempotency-Key', json({ request: planText() }), { key: null }, 400, 'BFF.INVALID_IDEMPOTENCY_KEY', /Send an Idempotency-Key header/],
    ['a key that is not a UUID', json({ request: planText() }), { key: 'abc' }, 400, 'BFF.INVALID_IDEMPOTENCY_KEY', /must be one UUID/],
    ['a bad cluster id', json({ request: planText() }), { clusterId: 'not-a-cluster' }, 400, 'BFF.INVALID_PATH', /cluster id/],
    ['a form post', 'request=1', { contentType: 'application/x-www-form-urlencoded' }, 415, 'BFF.UNSUPPORTED_MEDIA_TYPE', /application\/json/],
    ['a wrapper that is not JSON', '{"request":', {}, 400, 'BFF.INVALID_JSON', /upgrade request is not valid JSON/],
    ['a wrapper without request', json({ acceptedRisks: [] }), {}, 400, 'BFF.INVALID_BODY', /request/],
    ['a request that is not JSON', json({ request: '{"metadata":' }), {}, 400, 'BFF.INVALID_JSON', /upgrade request is not valid JSON/],
    ['a request the schema refuses', json({ request: json(bad) }), {}, 400, 'BFF.INVALID_BODY', /spec\.clusterUpgradeAction\.targetVersion/],
    ['a risk accepted without a reason', json({ request: planText(), acceptedRisks: [{ name: 'NodeDiskCheck', reason: 'ok' }] }), {}, 400, 'BFF.INVALID_BODY', /at least 10 characters/],
  ] as const)('refuses %s in words, never reaching CCE, and audits it as invalid', async (_, body, options, status, code, message) => {
    const response = await submitUpgrade(app(), body, options);
    expect(response.statusCode).toBe(status);
    const error = bffErrorSchema.parse(response.json());
    expect(error).toMatchObject({ status, code });
    expect(error.message).toMatch(message);
    expect(upstream().received).toEqual([]);
    expect(await outcomes()).toEqual(['invalid']);
  });

  it('answers a repeat of the same key from memory: CCE gets it once', async () => {
    const key = randomUUID();
    const first = await submitUpgrade(app(), { request: planText() }, { key });
    const again = await submitUpgrade(app(), { request: planText() }, { key });
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.body).toBe(first.body);
    expect(again.headers[REPLAYED_HEADER]).toBe('true');
    expect(upstream().received).toHaveLength(1);
    expect(await outcomes()).toEqual(['sending', 'accepted', 'replayed']);
    expect((await audit())[2]).toMatchObject({ idempotencyKey: key, status: 200, taskId: 'task-1' });
  });

  it('answers the same plan from a second tab (another key) with the first result: CCE gets it once', async () => {
    await submitUpgrade(app(), { request: planText() });
    const secondTab = await submitUpgrade(app(), { request: planText() });
    expect(secondTab.statusCode).toBe(200);
    expect(secondTab.headers[REPLAYED_HEADER]).toBe('true');
    expect(upstream().received).toHaveLength(1);
  });

  it('sends a double click once: the second request waits for the first and gets its answer', async () => {
    const key = randomUUID();
    const [a, b] = await Promise.all([submitUpgrade(app(), { request: planText() }, { key }), submitUpgrade(app(), { request: planText() }, { key })]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.body).toBe(b.body);
    expect([a.headers[REPLAYED_HEADER], b.headers[REPLAYED_HEADER]].filter(Boolean)).toEqual(['true']);
    expect(upstream().received).toHaveLength(1);
    expect(await outcomes()).toEqual(['sending', 'accepted', 'replayed']);
  });

  it('refuses a key reused with another body with 422 in words', async () => {
    const key = randomUUID();
    await submitUpgrade(app(), { request: planText(10) }, { key });
    const reused = await submitUpgrade(app(), { request: planText(20) }, { key });
    expect(reused.statusCode).toBe(422);
    expect(bffErrorSchema.parse(reused.json())).toMatchObject({ code: 'BFF.IDEMPOTENCY_KEY_REUSED', message: expect.stringMatching(/already used for a different request/) });
    expect(upstream().received).toHaveLength(1);
    expect((await outcomes()).at(-1)).toBe('conflict');
  });

  it('refuses a different plan for a cluster whose submit is still waiting for CCE (409), and lets the same plan wait', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrived = () => {};
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    upstream().respondWith(async () => {
      arrived();
      await gate;
      return upgradeAccepted();
    });
    const first = submitUpgrade(app(), { request: planText(10) });
    await arrival;
    const otherPlan = await submitUpgrade(app(), { request: planText(20) });
    expect(otherPlan.statusCode).toBe(409);
    expect(bffErrorSchema.parse(otherPlan.json())).toMatchObject({ code: 'BFF.SUBMIT_IN_PROGRESS', message: expect.stringMatching(/still waiting for CCE/) });
    const samePlan = submitUpgrade(app(), { request: planText(10) });
    release();
    expect((await first).statusCode).toBe(200);
    expect((await samePlan).headers[REPLAYED_HEADER]).toBe('true');
    expect(upstream().received).toHaveLength(1);
  });

  it('forgets a submit CCE refused (4xx), so the same key may be sent again after fixing the cause', async () => {
    const key = randomUUID();
    upstream().respondWith((_req, reply) => reply.code(400).send({ errorCode: 'CCE.01400015', errorMessage: 'cluster version not supported' }));
    const refused = await submitUpgrade(app(), { request: planText() }, { key });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'CCE.01400015', message: 'cluster version not supported' });

    upstream().respondWith(() => upgradeAccepted());
    const resent = await submitUpgrade(app(), { request: planText() }, { key });
    expect(resent.statusCode).toBe(200);
    expect(resent.headers[REPLAYED_HEADER]).toBeUndefined();
    expect(upstream().received).toHaveLength(2);
    expect(await outcomes()).toEqual(['sending', 'refused', 'sending', 'accepted']);
  });

  it('passes CCE’s Retry-After through on a 429 and lets the submit be sent again later', async () => {
    upstream().respondWith((_req, reply) => reply.code(429).header('retry-after', '12').send({ errorCode: 'CCE.01429002', errorMessage: 'resource locked' }));
    const key = randomUUID();
    const throttled = await submitUpgrade(app(), { request: planText() }, { key });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBe('12');
    expect(throttled.json()).toMatchObject({ code: 'CCE.01429002', retryAfterSeconds: 12 });
    await submitUpgrade(app(), { request: planText() }, { key });
    expect(upstream().received).toHaveLength(2);
  });

  it('says to sync the server clock when the gateway refuses the signature time (401 APIG.0303)', async () => {
    upstream().respondWith((_req, reply) => reply.code(401).send({ error_code: 'APIG.0303', error_msg: 'signature expired', request_id: 'r-2' }));
    const response = await submitUpgrade(app(), { request: planText() });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'APIG.0303', requestId: 'r-2', message: expect.stringMatching(/clock.*NTP/s) });
  });
});

describe('POST /api/clusters/:clusterId/upgrade/retry', () => {
  it('sends CCE’s retryUpgrade with an empty body, once per key, and accepts an empty answer', async () => {
    upstream().respondWith((_req, reply) => reply.code(200).send(''));
    const key = randomUUID();
    const first = await retryUpgrade(app(), 'task-1', { key });
    const again = await retryUpgrade(app(), 'task-1', { key });
    expect(first.statusCode).toBe(200);
    expect(again.headers[REPLAYED_HEADER]).toBe('true');
    expect(upstream().received).toEqual([expect.objectContaining({ method: 'POST', url: `${upstreamPath}/retry`, body: '' })]);
    expect((await audit()).at(1)).toMatchObject({ kind: 'retry', outcome: 'accepted', taskId: 'task-1', body: { taskId: 'task-1' } });
  });

  it('sends a later retry of the same task under a new key: the task may have failed again', async () => {
    upstream().respondWith(() => ({}));
    await retryUpgrade(app(), 'task-1');
    const later = await retryUpgrade(app(), 'task-1');
    expect(later.headers[REPLAYED_HEADER]).toBeUndefined();
    expect(upstream().received).toHaveLength(2);
  });

  it('refuses a retry without a valid task id, never reaching CCE', async () => {
    const response = await retryUpgrade(app(), 'Not A Task');
    expect(response.statusCode).toBe(400);
    expect(bffErrorSchema.parse(response.json()).issues?.map((issue) => issue.path)).toEqual(['taskId']);
    expect(upstream().received).toEqual([]);
    expect(await outcomes()).toEqual(['invalid']);
  });

  it('says in English what is wrong where the schema has no words of its own (zod/mini has none until configured)', async () => {
    const response = await submitUpgrade(app(), JSON.stringify({ request: 42 }));
    expect(response.statusCode).toBe(400);
    expect(bffErrorSchema.parse(response.json()).issues).toEqual([{ path: 'request', message: 'Invalid input: expected string, received number' }]);
    expect(upstream().received).toEqual([]);
  });
});
