import fastifyRateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../testing/test-database';
import type { Db } from './database';
import { rateLimitStore } from './rate-limit-store';

const MINUTE_MS = 60_000;
const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((closable) => closable.close()));
});

async function database() {
  const opening = await testDatabase();
  opened.push(opening);
  return opening;
}

/** A Fastify app with one route per limiter (`/<groupId>`), each allowing `max` calls a minute per address. */
async function limitedApp(db: Db, now: () => number, limiters: Record<string, number>) {
  const errors: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => done(void errors.push(String(chunk))) });
  const app = Fastify({ logger: { level: 'error', stream } });
  opened.push(app);
  await app.register(fastifyRateLimit, { global: false, store: rateLimitStore({ db, log: app.log, now }) });
  for (const [groupId, max] of Object.entries(limiters)) {
    app.get(`/${groupId}`, { onRequest: app.rateLimit({ groupId, max, timeWindow: MINUTE_MS }) }, async () => 'ok');
  }
  await app.ready();
  const call = async (groupId: string) => (await app.inject({ url: `/${groupId}` })).statusCode;
  return { app, call, errors };
}

describe('the rate-limit store', () => {
  it('allows max calls a window and counts afresh once the window ends, by the clock it is given', async () => {
    const clock = { now: Date.UTC(2030, 0, 1) };
    const { db } = await database();
    const { app, call } = await limitedApp(db, () => clock.now, { read: 2 });
    expect([await call('read'), await call('read'), await call('read')]).toEqual([200, 200, 429]);
    clock.now += 20_000;
    const limited = await app.inject({ url: '/read' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('40');
    clock.now += 40_000;
    expect(await call('read')).toBe(200);
  });

  it('keeps each limiter on its own counter for the same caller', async () => {
    const { db } = await database();
    const { call } = await limitedApp(db, Date.now, { read: 1, submit: 1 });
    expect([await call('read'), await call('submit'), await call('read'), await call('submit')]).toEqual([200, 200, 429, 429]);
    const keys = await db.selectFrom('rate_limit').select('key').orderBy('key').execute();
    expect(keys.map((row) => row.key.split(':')[0])).toEqual(['read', 'submit']);
  });

  it('refuses to build a limiter on another’s counter or on none', async () => {
    const { db } = await database();
    const { app } = await limitedApp(db, Date.now, { read: 1 });
    expect(() => app.rateLimit({ groupId: 'read', max: 5 })).toThrow(/share the counter "read"/);
    expect(() => app.rateLimit({ max: 5 })).toThrow(/pass a groupId/);
  });

  it('refuses calls through a limiter built without options (the plugin’s own store), rather than count them nowhere', async () => {
    const { db } = await database();
    const app = Fastify({ logger: false });
    opened.push(app);
    await app.register(fastifyRateLimit, { global: false, store: rateLimitStore({ db, log: app.log }) });
    app.get('/unnamed', { onRequest: app.rateLimit() }, async () => 'ok');
    expect((await app.inject({ url: '/unnamed' })).statusCode).toBe(500);
  });

  it('counts calls made at once together: 20 against a limit of 5 allow exactly 5', async () => {
    const { db } = await database();
    const { call } = await limitedApp(db, Date.now, { check: 5 });
    const statuses = await Promise.all(Array.from({ length: 20 }, () => call('check')));
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  it('sweeps ended windows on a count, at most once a minute', async () => {
    const clock = { now: Date.UTC(2030, 0, 1) };
    const { db } = await database();
    const { call } = await limitedApp(db, () => clock.now, { read: 5, check: 5 });
    await call('read');
    clock.now += MINUTE_MS;
    await call('check');
    const keys = await db.selectFrom('rate_limit').select('key').execute();
    expect(keys.map((row) => row.key.split(':')[0])).toEqual(['check']);
  });

  it('lets calls through when the database does not answer, and logs that as an error', async () => {
    const opening = await database();
    const { call, errors } = await limitedApp(opening.db, Date.now, { login: 1 });
    await sql`drop table ${sql.table(`${opening.schema}.rate_limit`)}`.execute(opening.db);
    expect([await call('login'), await call('login')]).toEqual([200, 200]);
    expect(errors.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: 50, counter: 'login', msg: 'rate limit not applied: the database did not answer' }),
      expect.objectContaining({ level: 50, counter: 'login' }),
    ]);
  });
});
