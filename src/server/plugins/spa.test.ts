import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { Credentials } from '../cce/credentials';
import { CSP_NONCE_PLACEHOLDER as NONCE_PLACEHOLDER } from '../../shared/bff-api';
import { testDatabase } from '../testing/test-database';

let app: FastifyInstance;
const script = `console.log(${JSON.stringify('planner '.repeat(400))});`;
const styles = `.planner{${'color:red;'.repeat(400)}}`;
const stylesBrotli = brotliCompressSync(styles);

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'spa-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><meta name="csp-nonce" content="${NONCE_PLACEHOLDER}"><title>CCE Upgrade Planner</title><script type="module" src="/assets/index-abc.js"></script>`,
  );
  writeFileSync(join(root, 'assets', 'index-abc.js'), script);
  writeFileSync(join(root, 'assets', 'index-abc.css'), styles);
  writeFileSync(join(root, 'assets', 'index-abc.css.br'), stylesBrotli);
  app = await buildApp({ database: await testDatabase(),
    upstream: { endpoint: 'http://127.0.0.1:9', projectId: '0123456789abcdef0123456789abcdef', credentials: new Credentials('AK000000001', 'sk-0000000001'), timeoutMs: 100 },
    session: { mode: 'demo', region: 'cn-north-4', projectId: '0123456789abcdef0123456789abcdef' },
    staticRoot: root,
    logLevel: 'silent',
  });
});
afterAll(() => app.close());

describe('serving the SPA', () => {
  it('serves hashed assets compressed and cached for good', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc.js', headers: { 'accept-encoding': 'gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.rawPayload.length).toBeLessThan(script.length / 4);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('serves the build\u2019s precompressed file as it is when the browser takes that encoding', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc.css', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/css/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.equals(stylesBrotli)).toBe(true);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it.each(['/', '/clusters/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/tasks/abc'])('answers %s with the app, revalidated', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>CCE Upgrade Planner</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['/assets/index-old.js', '/api/nothing'])('answers %s with a JSON 404, not the app', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, code: 'BFF.NOT_FOUND' });
  });
});

describe('browser defences on the page', () => {
  const nonceOf = (body: string) => /<meta name="csp-nonce" content="([^"]+)">/.exec(body)?.[1];

  it('serves the page with a fresh style nonce each time and a CSP that allows no inline script', async () => {
    const [first, second] = await Promise.all([app.inject({ url: '/' }), app.inject({ url: '/' })]);
    const nonce = nonceOf(first!.body);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second!.body)).not.toBe(nonce);
    const csp = String(first!.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(first!.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    expect(first!.headers['strict-transport-security']).toBeUndefined();
  });

  it('never serves the page without its nonce, and gives API answers a policy that allows nothing', async () => {
    expect((await app.inject({ url: '/index.html' })).statusCode).toBe(404);
    const api = await app.inject({ url: '/api/session' });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('answers only loopback host names without sign-in, so a rebound DNS name cannot drive it', async () => {
    const response = await app.inject({ url: '/api/session', headers: { host: 'attacker.example:8080' } });
    expect(response.statusCode).toBe(421);
    expect(response.json().message).toMatch(/answers only on loopback/);
  });
});
