import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionSchema } from '../../shared/bff-api';
import { buildApp, type AppOptions } from '../app';
import { Credentials } from '../cce/credentials';
import type { Database } from '../db/database';
import { startTestOidcProvider, type TestProvider } from '../testing/oidc-test-provider';
import { SAME_ORIGIN, startRecordingUpstream, TEST_AK, TEST_CLUSTER, TEST_PROJECT, UNLIMITED } from '../testing/recording-upstream';
import { signIn } from '../testing/sign-in';
import { testAuthConfig } from '../testing/test-auth-config';
import { replicaOf, TEST_DATABASE_URL, testDatabase } from '../testing/test-database';

const CLIENT_SECRET = 'client-secret-for-tests-only';
const cluster = `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}`;

let provider: TestProvider;
let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
const apps: FastifyInstance[] = [];

const replica = async (database: Database, extra: Partial<AppOptions>) => {
  const app = await buildApp({
    database,
    upstream: { endpoint: upstream.endpoint, projectId: TEST_PROJECT, credentials: new Credentials(TEST_AK, 'sk-for-replica-tests'), timeoutMs: 2000 },
    session: { mode: 'real', region: 'cn-north-4', projectId: TEST_PROJECT },
    auth: testAuthConfig(provider, CLIENT_SECRET),
    logLevel: 'silent',
    ...extra,
  });
  apps.push(app);
  return app;
};

/** Two BFF replicas, each with its own handle on one database, as behind a load balancer. */
async function twoReplicas(extra: Partial<AppOptions> = {}) {
  const database = await testDatabase();
  return [await replica(database, extra), await replica(await replicaOf(database), extra)] as const;
}

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  upstream.respondWith(() => ({ items: [] }));
  provider = await startTestOidcProvider({ clientSecret: CLIENT_SECRET, redirectUris: ['http://localhost/api/auth/callback'] });
});
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await provider.close();
  await upstream.close();
});

describe('replicas sharing one database', () => {
  it('honour a session signed in through either, and a sign-out on one ends it on both', async () => {
    const [a, b] = await twoReplicas();
    const { cookie } = await signIn(a, 'operator');
    expect(sessionSchema.parse((await b.inject({ url: '/api/session', headers: { cookie } })).json()).user).toEqual({ name: 'Olga Operator', role: 'operator', canSubmit: true });
    expect((await b.inject({ url: cluster, headers: { cookie } })).statusCode).toBe(200);
    expect((await b.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, ...SAME_ORIGIN } })).statusCode).toBe(204);
    expect((await a.inject({ url: cluster, headers: { cookie } })).statusCode).toBe(401);
  });

  it('complete a sign-in on another replica than the one that started it', async () => {
    const [a, b] = await twoReplicas();
    const { callback, cookie } = await signIn(a, 'viewer', '/clusters/x', b);
    expect(callback.headers.location).toBe('/clusters/x');
    for (const app of [a, b]) expect((await app.inject({ url: cluster, headers: { cookie } })).statusCode).toBe(200);
  });

  // Only replicas on PostgreSQL count together; the embedded database is one process, which counts in memory.
  it.skipIf(!TEST_DATABASE_URL)('allow a sign-in limit once between them: 20 attempts at once against 5 a minute allow exactly 5', async () => {
    const [a, b] = await twoReplicas({ rateLimits: { ...UNLIMITED, loginPerMinute: 5 } });
    const statuses = await Promise.all(Array.from({ length: 20 }, async (_, at) => (await [a, b][at % 2]!.inject({ url: '/api/auth/login' })).statusCode));
    expect(statuses.filter((status) => status === 302)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  it.skipIf(!TEST_DATABASE_URL)('allow each user’s read limit once between them', async () => {
    const [a, b] = await twoReplicas({ rateLimits: { ...UNLIMITED, readPerMinute: 4 } });
    const { cookie } = await signIn(a, 'viewer');
    const statuses = await Promise.all(Array.from({ length: 10 }, async (_, at) => (await [a, b][at % 2]!.inject({ url: cluster, headers: { cookie } })).statusCode));
    expect(statuses.filter((status) => status === 200)).toHaveLength(4);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6);
  });
});
