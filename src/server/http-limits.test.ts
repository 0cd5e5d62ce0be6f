import type { FastifyInstance } from 'fastify';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../shared/bff-api';
import { buildTestBff, SAME_ORIGIN, startRecordingUpstream, TEST_CLUSTER, TEST_PROJECT } from './testing/recording-upstream';

const REQUEST_TIMEOUT_MS = 1000;
const KEEP_ALIVE_MS = 500;
const MAX_CONNECTIONS = 4;
/** Generous: the cut-off is due at 1 s (plus Node's 250 ms check interval); a busy 2-core machine adds seconds at worst. */
const UPPER_BOUND_MS = 6000;
const preCheckPath = `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}/operation/precheck`;

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  ({ app } = await buildTestBff(upstream.endpoint, 2000, {
    http: { requestTimeoutMs: REQUEST_TIMEOUT_MS, headersTimeoutMs: REQUEST_TIMEOUT_MS, keepAliveTimeoutMs: KEEP_ALIVE_MS, maxConnections: MAX_CONNECTIONS },
  }));
  port = Number(new URL(await app.listen({ host: '127.0.0.1', port: 0 })).port);
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});

interface Connection {
  socket: Socket;
  /** Everything the BFF sent, once it closed its side (or the connection broke). */
  closed: Promise<{ text: string; at: number }>;
}

function open(): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    const closed = new Promise<{ text: string; at: number }>((done) => {
      socket.once('end', () => done({ text, at: performance.now() }));
      socket.once('close', () => done({ text, at: performance.now() }));
    });
    // An error (a reset) also ends in 'close'; the test then sees whatever arrived before it.
    socket.on('error', () => {});
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

/** Status line and JSON body of a raw HTTP/1.1 answer. */
function parse(text: string) {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: body ? (JSON.parse(body) as unknown) : undefined };
}

const headerBlock = (lines: Record<string, string>) => Object.entries(lines).map(([name, value]) => `${name}: ${value}\r\n`).join('');

describe('slow clients are cut off', () => {
  it('a body dribbled one byte every 100 ms gets 408 in the BFF shape after the request timeout, and never reaches CCE', async () => {
    upstream.received.length = 0;
    const body = JSON.stringify({ apiVersion: 'v3', kind: 'PreCheckTask', spec: { clusterID: TEST_CLUSTER, targetVersion: 'v1.29' } });
    const { socket, closed } = await open();
    const started = performance.now();
    socket.write(
      `POST ${preCheckPath} HTTP/1.1\r\nHost: localhost\r\n` +
        headerBlock({ ...SAME_ORIGIN, 'content-type': 'application/json', 'content-length': String(body.length) }) +
        '\r\n',
    );
    let ended = false;
    void closed.then(() => (ended = true));
    // Bounded: at most the whole body (about 90 bytes, 9 s), and stops as soon as the BFF closes.
    for (let i = 0; i < body.length - 1 && !ended && !socket.destroyed; i++) {
      socket.write(body[i]!);
      await sleep(100);
    }
    const { text, at } = await closed;
    const elapsed = at - started;
    socket.destroy();

    expect(elapsed).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(UPPER_BOUND_MS);
    const answer = parse(text);
    expect(answer.status).toBe(408);
    expect(answer.headers['connection']).toBe('close');
    expect(bffErrorSchema.parse(answer.body)).toEqual({ status: 408, code: 'BFF.REQUEST_TIMEOUT', message: expect.stringMatching(/took too long to arrive/) });
    expect(upstream.received).toEqual([]);
    console.info(`slow body cut off after ${Math.round(elapsed)} ms (request timeout ${REQUEST_TIMEOUT_MS} ms)`);
  }, 20_000);

  it('headers that never finish get 408 in the BFF shape after the headers timeout', async () => {
    const { socket, closed } = await open();
    const started = performance.now();
    socket.write('GET /api/session HTTP/1.1\r\nHost: localhost\r\n');
    let ended = false;
    void closed.then(() => (ended = true));
    for (let i = 0; i < 90 && !ended && !socket.destroyed; i++) {
      socket.write(`x-slow-${i}: 1\r\n`);
      await sleep(100);
    }
    const { text, at } = await closed;
    socket.destroy();
    expect(at - started).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(at - started).toBeLessThan(UPPER_BOUND_MS);
    expect(parse(text)).toMatchObject({ status: 408, body: { status: 408, code: 'BFF.REQUEST_TIMEOUT' } });
  }, 20_000);

  it('an idle kept-alive connection is closed after the keep-alive timeout', async () => {
    const { socket, closed } = await open();
    const started = performance.now();
    socket.write('GET /api/session HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const { text, at } = await closed;
    socket.destroy();
    expect(parse(text.slice(0, text.indexOf('\r\n\r\n') + 4)).status).toBe(200);
    expect(at - started).toBeGreaterThanOrEqual(KEEP_ALIVE_MS - 50);
    expect(at - started).toBeLessThan(UPPER_BOUND_MS);
  }, 20_000);
});

describe('what Node refuses before any route runs is answered in the BFF shape', () => {
  it('headers over 16 KB: 431 BFF.HEADERS_TOO_LARGE with connection: close', async () => {
    const { socket, closed } = await open();
    socket.write(`GET /api/session HTTP/1.1\r\nHost: localhost\r\ncookie: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    const { text } = await closed;
    socket.destroy();
    const answer = parse(text);
    expect(answer.status).toBe(431);
    expect(answer.headers['connection']).toBe('close');
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(bffErrorSchema.parse(answer.body)).toEqual({ status: 431, code: 'BFF.HEADERS_TOO_LARGE', message: expect.stringMatching(/headers are larger than the planner accepts.*cookies/) });
  });

  it('a request line that is not HTTP: 400 BFF.BAD_REQUEST', async () => {
    const { socket, closed } = await open();
    socket.write('HELLO THERE\r\n\r\n');
    const { text } = await closed;
    socket.destroy();
    expect(parse(text)).toMatchObject({ status: 400, headers: { connection: 'close' }, body: { status: 400, code: 'BFF.BAD_REQUEST', message: expect.stringMatching(/not valid HTTP/) } });
  });
});

/** Waits (at most 5 s) until the BFF counts `count` open connections: closes and accepts reach it a little later. */
async function connectionsSettle(count: number) {
  const count_ = () => new Promise<number>((resolve, reject) => app.server.getConnections((error, n) => (error ? reject(error) : resolve(n))));
  for (let i = 0; i < 100 && (await count_()) !== count; i++) await sleep(50);
  expect(await count_()).toBe(count);
}

describe('the connection cap', () => {
  it(`holds at most ${MAX_CONNECTIONS} connections: the next is closed at once, the others still answer`, async () => {
    await connectionsSettle(0);
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, open));
    await connectionsSettle(MAX_CONNECTIONS);
    const extra = await open();
    const { text } = await extra.closed;
    expect(text).toBe('');
    for (const { socket } of held) socket.write('GET /api/session HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    const answers = await Promise.all(held.map((connection) => connection.closed));
    expect(answers.map(({ text: answer }) => parse(answer.slice(0, answer.indexOf('\r\n\r\n') + 4)).status)).toEqual(Array(MAX_CONNECTIONS).fill(200));
    for (const { socket } of [...held, extra]) socket.destroy();
  }, 20_000);
});
