import type { FastifyInstance, FastifyReply } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../../shared/bff-api';
import { buildTestBff, startRecordingUpstream, TEST_CLUSTER, TEST_PROJECT } from '../testing/recording-upstream';
import { MAX_UPSTREAM_MESSAGE, upstreamCode } from './upstream-error';

const clusterPath = `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}`;

/** Node's writeHead takes any three-digit status, which Fastify's reply.code() would refuse to send. */
const rawAnswer = (status: number, body = '', headers: Record<string, string> = {}) => (_request: unknown, reply: FastifyReply) => {
  reply.hijack();
  reply.raw.writeHead(status, { 'content-type': 'application/json', ...headers });
  reply.raw.end(body);
};

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: FastifyInstance;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  ({ app } = await buildTestBff(upstream.endpoint, 2000));
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});
afterEach(() => upstream.respondWith(() => ({ items: [] })));

async function read() {
  const response = await app.inject({ method: 'GET', url: clusterPath });
  return { status: response.statusCode, headers: response.headers, body: response.json() as unknown };
}

describe('an upstream status outside 400–599 becomes 502 BFF.UPSTREAM_BAD_STATUS', () => {
  it.each([
    ['a 302 without Location', 302, /a redirect \(HTTP 302\), which the planner does not follow/],
    ['a 301 with a Location', 301, /a redirect \(HTTP 301\)/],
    ['HTTP 600', 600, /HTTP 600, which is not an HTTP error status/],
    ['HTTP 999', 999, /HTTP 999, which is not an HTTP error status/],
  ])('%s', async (_, status, message) => {
    upstream.respondWith(rawAnswer(status, '{"error_code":"BFF.NOT_FOUND","error_msg":"moved"}', status === 301 ? { location: 'http://127.0.0.1:9/elsewhere' } : {}));
    const answer = await read();
    expect(answer.status).toBe(502);
    expect(bffErrorSchema.parse(answer.body)).toEqual({ status: 502, code: 'BFF.UPSTREAM_BAD_STATUS', message: expect.stringMatching(message) });
    expect((answer.body as { message: string }).message).toContain('(CCE.BFF.NOT_FOUND)');
    expect(answer.headers['location']).toBeUndefined();
  });

  it('a success the proxy passes on stays the 2xx CCE sent', async () => {
    upstream.respondWith(rawAnswer(203, '{"kind":"Cluster"}'));
    const answer = await read();
    expect(answer).toMatchObject({ status: 203, body: { kind: 'Cluster' } });
  });
});

describe('upstream error codes never enter the BFF namespace', () => {
  it.each([
    ['BFF.FORBIDDEN_ROLE on a 403', 403, { error_code: 'BFF.FORBIDDEN_ROLE', error_msg: 'no' }, 'CCE.BFF.FORBIDDEN_ROLE'],
    ['bff.outcome_unknown in any case', 500, { errorCode: 'bff.OUTCOME_UNKNOWN', errorMessage: 'no' }, 'CCE.bff.OUTCOME_UNKNOWN'],
    ['a code that is not a NAMESPACE.CODE token', 400, { error_code: '<script>alert(1)</script>', error_msg: 'no' }, 'CCE.HTTP_400'],
    ['a code without a namespace', 409, { errorCode: 'CONFLICT', errorMessage: 'no' }, 'CCE.HTTP_409'],
    ['a very long code', 400, { error_code: `CCE.${'1'.repeat(200)}`, error_msg: 'no' }, 'CCE.HTTP_400'],
    ['a plausible CCE code, kept as is', 400, { error_code: 'CCE.01400001', error_msg: 'no' }, 'CCE.01400001'],
  ])('%s', async (_, status, cceBody, code) => {
    upstream.respondWith((_request, reply) => reply.code(status).send(cceBody));
    const answer = await read();
    expect(answer.status).toBe(status);
    expect(bffErrorSchema.parse(answer.body)).toEqual({ status, code, message: 'no' });
  });

  it('bounds the message and drops a request id that is no id', async () => {
    upstream.respondWith((_request, reply) =>
      reply.code(400).header('x-request-id', `bad id ${'x'.repeat(300)}`).send({ error_code: 'CCE.01400001', error_msg: `too\nlong ${'m'.repeat(5000)}` }),
    );
    const answer = await read();
    const error = bffErrorSchema.parse(answer.body);
    expect(error.message).toHaveLength(MAX_UPSTREAM_MESSAGE);
    expect(error.message).toMatch(/^too long m+…$/);
    expect(error.requestId).toBeUndefined();
  });

  it('upstreamCode prefixes our namespace and replaces what is not a code', () => {
    expect(upstreamCode('BFF.X', 403)).toBe('CCE.BFF.X');
    expect(upstreamCode('APIG.0303', 401)).toBe('APIG.0303');
    expect(upstreamCode('', 502)).toBe('CCE.HTTP_502');
    expect(upstreamCode(undefined, 502)).toBe('CCE.HTTP_502');
  });
});
