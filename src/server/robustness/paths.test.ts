import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../../shared/bff-api';
import { cceOperations } from '../../shared/cce-operations';
import { buildTestBff, SAME_ORIGIN, startRecordingUpstream, TEST_CLUSTER, TEST_PROJECT } from '../testing/recording-upstream';

// A few hundred requests each: well under a second alone, several on a busy machine.
const PROPERTY_TIMEOUT_MS = 30_000;

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: FastifyInstance;
let address: URL;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  ({ app } = await buildTestBff(upstream.endpoint, 1000));
  address = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});

const params: Record<string, string> = { project_id: TEST_PROJECT, cluster_id: TEST_CLUSTER, task_id: 'task-1' };
const readOperations = Object.values(cceOperations).filter((op) => op.method === 'GET');
/** Each operation's path as segments, its parameters filled with valid values. */
const validSegments = (path: string) => path.split('/').slice(1).map((part) => part.replace(/^\{(\w+)\}$/, (_, name: string) => params[name] ?? ''));

/**
 * Path pieces that no allow-listed segment or id accepts, each split at its slashes into pieces that are
 * all invalid on their own, so no combination can land on a different allowed operation.
 */
const hostileSegment = fc.oneof(
  fc.constantFrom(
    '..', '.', '', '%2e%2e', '%2E%2E%2F..%2F', '..%2F..%2Fetc%2Fpasswd', '%2F', '%5C..%5C', '..\\..', '%00', '%252e%252e',
    'http:', '//evil.example', 'http%3A%2F%2F169.254.169.254', '@evil.example', '~root', 'a;b', 'A'.repeat(40),
  ),
  fc.integer({ min: 65, max: 600 }).map((n) => 'a'.repeat(n)),
  fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('%2F', '%2e', '.', ':', '%5C', '%3F')).map(([s, bad]) => `${encodeURIComponent(s)}${bad}`),
);

const disallowedQuery = fc.oneof(
  fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 20 })).map(([name, value]) => `x_${encodeURIComponent(name)}=${encodeURIComponent(value)}`),
  hostileSegment.map((value) => `detail=${value}`),
  hostileSegment.map((value) => `cluster_id=${value}`),
  fc.constantFrom('detail=true&detail=false', 'detail=true&detail=true', 'showDefaultNodePool=TRUE', 'limit=0', 'limit=2001', 'limit=-1', 'marker=..%2F'),
);

/** Sends the request target byte for byte (inject and fetch would resolve dot segments before the BFF saw them). */
function sendRaw(method: 'GET' | 'POST', target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: address.hostname, port: address.port, path: target, method, headers: { ...SAME_ORIGIN, 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

async function expectRefused(method: 'GET' | 'POST', target: string) {
  upstream.received.length = 0;
  const { status, body } = await sendRaw(method, target);
  const context = `${method} ${target} → ${status} ${body.slice(0, 200)}`;
  expect(status, context).toBeGreaterThanOrEqual(400);
  expect(status, context).toBeLessThan(500);
  expect(bffErrorSchema.parse(JSON.parse(body)).message.length, context).toBeGreaterThan(10);
  expect(upstream.received, context).toEqual([]);
}

describe('paths and queries outside the allow-list', () => {
  it('forwards every read the fuzzing starts from, so each refusal is down to the hostile part', async () => {
    for (const op of readOperations) {
      upstream.received.length = 0;
      const query = op.path === '/v3/addons' ? `?cluster_id=${TEST_CLUSTER}` : '';
      const { status } = await sendRaw('GET', `/api/cce/${validSegments(op.path).join('/')}${query}`);
      expect(status, op.path).toBe(200);
      expect(upstream.received, op.path).toHaveLength(1);
    }
  });

  it('refuses any path with one hostile segment, in place of an id or a fixed part, with a 4xx, never forwarding it', async () => {
    const operations = Object.values(cceOperations);
    const cases = fc
      .tuple(fc.constantFrom(...operations), fc.nat(), hostileSegment, fc.boolean())
      .map(([op, at, hostile, insert]) => {
        const segments = validSegments(op.path);
        const index = at % (segments.length + (insert ? 1 : 0));
        segments.splice(index, insert ? 0 : 1, hostile);
        return { method: op.method, url: `/api/cce/${segments.join('/')}` };
      });
    await fc.assert(fc.asyncProperty(cases, ({ method, url }) => expectRefused(method, url)), { numRuns: 300 });
  }, PROPERTY_TIMEOUT_MS);

  it('refuses unknown, repeated or invalid query parameters on every read with a 4xx, never forwarding them', async () => {
    const cases = fc
      .tuple(fc.constantFrom(...readOperations), disallowedQuery)
      .map(([op, query]) => `/api/cce/${validSegments(op.path).join('/')}?${op.path === '/v3/addons' ? `cluster_id=${TEST_CLUSTER}&` : ''}${query}`);
    await fc.assert(fc.asyncProperty(cases, (url) => expectRefused('GET', url)), { numRuns: 200 });
  }, PROPERTY_TIMEOUT_MS);

  it.each([
    `http://169.254.169.254/api/cce/v3/projects/${TEST_PROJECT}/clusters`,
    `//evil.example/api/cce/v3/projects/${TEST_PROJECT}/clusters`,
    `/api/cce/http://evil.example/v3/projects/${TEST_PROJECT}/clusters`,
    `/api/cce//v3/projects/${TEST_PROJECT}/clusters`,
    `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}/../../../clusters`,
  ])('refuses the absolute, protocol-relative or dotted target %s without forwarding it', (target) => expectRefused('GET', target));
});
