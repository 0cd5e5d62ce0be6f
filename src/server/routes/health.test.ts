import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../../shared/bff-api';
import type { Database } from '../db/database';
import { buildTestBff } from '../testing/recording-upstream';
import { testDatabase } from '../testing/test-database';

// Nothing here reaches CCE.
const NO_UPSTREAM = 'http://127.0.0.1:9';
const CONNECTION_DETAILS = /10\.1\.2\.3|hunter2|planner_user|ECONNREFUSED/;

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function bffWith(ping?: Database['ping']) {
  const database = await testDatabase();
  const built = await buildTestBff(NO_UPSTREAM, 2000, { database: ping ? { ...database, ping } : database });
  app = built.app;
  return { app: built.app, logLines: built.logLines, driver: database.driver };
}

// That both answer signed out, with sign-in configured, is route-access.test.ts's to show: it probes every public route as a stranger.
describe('the health probes', () => {
  it('answers health and ready, never from a cache, while the database answers', async () => {
    const { app, driver } = await bffWith();
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['cache-control']).toBe('no-store');
    const ready = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: driver });
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('answers ready 503 in the BFF’s error shape when the database refuses, with the cause in the log only', async () => {
    const { app, logLines } = await bffWith(() => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432 as planner_user:hunter2')));
    const ready = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['cache-control']).toBe('no-store');
    expect(bffErrorSchema.parse(ready.json())).toMatchObject({ status: 503, code: 'BFF.DATABASE_UNAVAILABLE', message: expect.stringMatching(/DATABASE_URL/) });
    expect(ready.body).not.toMatch(CONNECTION_DETAILS);
    expect(logLines.join('')).toMatch(/ECONNREFUSED 10\.1\.2\.3/);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('answers ready 503 within about two seconds when the database hangs', async () => {
    const { app } = await bffWith(() => new Promise<void>(() => undefined));
    const started = Date.now();
    const ready = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(ready.statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
