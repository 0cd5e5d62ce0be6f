import type { FastifyInstance, FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../../shared/bff-api';
import { MAX_UPSTREAM_BYTES } from '../cce/client';
import { buildTestBff, startRecordingUpstream, TEST_CLUSTER, TEST_PROJECT } from '../testing/recording-upstream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const TIMEOUT_MS = 300;
const WARM_UP = 150;
const REQUESTS = 300;
const CONCURRENCY = 24;

const endless = () =>
  new Readable({
    read() {
      this.push(Buffer.alloc(64 * 1024, 0x20));
    },
  });

/** One misbehaviour per request, in turn: what a flaky CCE, gateway or network does. */
const faults: Array<(reply: FastifyReply) => unknown> = [
  () => ({ items: [] }),
  (reply) => reply.code(500).send({ errorCode: 'CCE.01500001', errorMessage: 'Internal error' }),
  (reply) => reply.code(503).send({ error_code: 'APIG.0201', error_msg: 'Backend unavailable' }),
  (reply) => reply.type('application/json').send('{"items": [tru'),
  (reply) => reply.code(502).type('text/html').send('<html>bad gateway</html>'),
  async () => {
    await sleep(TIMEOUT_MS + 200);
    return { items: [] };
  },
  (reply) => reply.raw.socket?.destroy(),
  // An endless body: the BFF must stop reading at its limit rather than buffer it.
  (reply) => reply.type('application/json').send(endless()),
  (reply) => reply.type('application/json').header('content-length', String(MAX_UPSTREAM_BYTES + 1)).send(endless()),
];

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  ({ app } = await buildTestBff(upstream.endpoint, TIMEOUT_MS));
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  let count = 0;
  upstream.respondWith((_request, reply) => faults[count++ % faults.length]!(reply));
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});

describe('a burst of reads while CCE misbehaves', () => {
  /**
   * What is still reachable after a full collection, in MB. Resident memory depends on when V8 last collected and
   * whether it returned pages to the system, which a busy machine shifts by tens of MB either way.
   */
  function liveHeapMb(): number {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  }

  it('answers every request, each failure in the BFF error shape, stays up and keeps its memory flat', async () => {
    const statuses: number[] = [];
    const codes = new Set<string>();
    const burst = async (count: number) => {
      let sent = 0;
      const worker = async () => {
        while (sent < count) {
          sent++;
          const response = await fetch(`${base}/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}/nodepools`);
          const body: unknown = await response.json();
          if (response.status !== 200) codes.add(bffErrorSchema.parse(body).code);
          statuses.push(response.status);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      return liveHeapMb();
    };

    // The first burst grows the heap to its working size; a leak shows as live objects the second burst leaves behind.
    const warm = await burst(WARM_UP);
    const after = await burst(REQUESTS);

    expect(statuses).toHaveLength(WARM_UP + REQUESTS);
    expect(new Set(statuses)).toEqual(new Set([200, 500, 502, 503, 504]));
    expect([...codes].sort()).toEqual(
      ['APIG.0201', 'BFF.UPSTREAM_MALFORMED', 'BFF.UPSTREAM_TIMEOUT', 'BFF.UPSTREAM_TOO_LARGE', 'BFF.UPSTREAM_UNREACHABLE', 'CCE.01500001', 'CCE.HTTP_502'].sort(),
    );
    expect((await fetch(`${base}/api/session`)).status).toBe(200);
    // Seen here: well under 1 MB of growth; 8 MB would take a leak of about 27 kB per request.
    expect(after - warm).toBeLessThan(8);
  }, 30_000);
});
