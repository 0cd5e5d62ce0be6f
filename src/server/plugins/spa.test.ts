import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { Credentials } from '../cce/credentials';

let app: FastifyInstance;
const script = `console.log(${JSON.stringify('planner '.repeat(400))});`;
const styles = `.planner{${'color:red;'.repeat(400)}}`;
const stylesBrotli = brotliCompressSync(styles);

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'spa-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>CCE Upgrade Planner</title><script type="module" src="/assets/index-abc.js"></script>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), script);
  writeFileSync(join(root, 'assets', 'index-abc.css'), styles);
  writeFileSync(join(root, 'assets', 'index-abc.css.br'), stylesBrotli);
  app = await buildApp({
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
