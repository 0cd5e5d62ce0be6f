import type { FastifyInstance } from 'fastify';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedUrl } from './logger';
import { buildTestBff, TEST_CLUSTER, TEST_PROJECT } from './testing/recording-upstream';

const CODE = 'one-time-code-that-must-never-be-logged';
const STATE = 'state-that-must-never-be-logged';

/** Sends one raw request line (absolute form is not something fetch or inject can send) and waits for the answer. */
function rawRequest(address: string, target: string): Promise<string> {
  const { hostname, port } = new URL(address);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: anything\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

let app: FastifyInstance;
let logLines: string[];
let address: string;

beforeAll(async () => {
  // Nothing listens on port 9: no test here reaches CCE.
  ({ app, logLines } = await buildTestBff('http://127.0.0.1:9', 500));
  address = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => app.close());

describe('request logging never carries one-time codes or other query secrets', () => {
  it.each([
    ['an absolute-form sign-in callback', `http://anything/api/auth/callback?code=${CODE}&state=${STATE}`],
    ['an origin-form sign-in callback', `/api/auth/callback?code=${CODE}&state=${STATE}`],
    ['a callback with a doubled slash', `//api/auth/callback?code=${CODE}&state=${STATE}`],
    ['an absolute-form CCE read', `http://anything/api/cce/v3/projects/${TEST_PROJECT}/clusters?code=${CODE}&state=${STATE}`],
    ['a CCE read with an unknown parameter', `/api/cce/v3/projects/${TEST_PROJECT}/clusters?detail=true&code=${CODE}&state=${STATE}`],
    ['any other route', `/api/session?code=${CODE}&state=${STATE}`],
  ])('%s is logged without them', async (_, target) => {
    logLines.length = 0;
    const answer = await rawRequest(address, target);
    expect(answer).toMatch(/^HTTP\/1\.1 \d{3} /);
    const completed = logLines.map((line) => JSON.parse(line) as { msg: string; req?: { url: string } }).filter((entry) => entry.msg === 'request completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]?.req?.url).toMatch(/\/api\//);
    expect(logLines.join('\n')).not.toContain(CODE);
    expect(logLines.join('\n')).not.toContain(STATE);
  });
});

describe('loggedUrl', () => {
  it('keeps the allow-listed query of an origin-form CCE read, which tells reads apart', () => {
    const url = `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}/nodes?limit=100&marker=${TEST_CLUSTER}`;
    expect(loggedUrl(url)).toBe(url);
  });

  it('redacts the value of any parameter the allow-list does not know, and drops every other query', () => {
    expect(loggedUrl(`/api/cce/v3/addons?cluster_id=${TEST_CLUSTER}&access_token=abc`)).toBe(`/api/cce/v3/addons?cluster_id=${TEST_CLUSTER}&access_token=%5Bredacted%5D`);
    expect(loggedUrl('/api/auth/callback?code=abc&state=def')).toBe('/api/auth/callback');
    expect(loggedUrl('http://host/api/cce/v3/clusterupgradepaths?x=1')).toBe('http://host/api/cce/v3/clusterupgradepaths');
    expect(loggedUrl('/plans/abc')).toBe('/plans/abc');
  });
});
