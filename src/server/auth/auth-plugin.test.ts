import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { UNLIMITED } from '../testing/recording-upstream';
import { authPlugin } from './auth-plugin';
import { testDatabase } from '../testing/test-database';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

async function database() {
  const opening = await testDatabase();
  opened.push(opening);
  return opening.db;
}

async function appWith(register: (app: FastifyInstance) => unknown) {
  const app = Fastify();
  await app.register(authPlugin, { rateLimits: UNLIMITED, db: await database(), sharedCounters: false });
  await register(app);
  await app.ready();
  return app;
}

describe('every API route declares its access', () => {
  it('refuses to start with an /api route that says nothing about who may call it, wherever it is registered', async () => {
    await expect(appWith((app) => app.get('/api/forgotten', async () => ({ secret: true })))).rejects.toThrow(/GET \/api\/forgotten declares no access/);
    const nested = (app: FastifyInstance) => app.register(async (child) => child.post('/forgotten', async () => ({})), { prefix: '/api/nested' });
    await expect(appWith(nested)).rejects.toThrow(/POST \/api\/nested\/forgotten declares no access/);
  });

  it('serves nobody an undeclared /api route registered before the access plugin, where the start-up check cannot see it', async () => {
    const app = Fastify();
    app.get('/api/early', async () => ({ secret: true }));
    await app.register(authPlugin, { rateLimits: UNLIMITED, db: await database(), sharedCounters: false });
    const response = await app.inject({ url: '/api/early' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('secret');
    await app.close();
  });

  it('starts with declared API routes and undeclared ones outside /api (the SPA’s files), and lists what each declared', async () => {
    const app = await appWith((instance) => {
      instance.get('/api/open', { config: { access: { needs: 'public' } } }, async () => ({}));
      instance.get('/assets/app.js', async () => '');
    });
    expect(app.apiRoutes.filter((route) => route.methods.includes('GET'))).toEqual([{ methods: ['GET'], url: '/api/open', access: { needs: 'public' } }]);
    await app.close();
  });
});
