import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema, sessionSchema } from '../../shared/bff-api';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../shared/plan';
import { buildApp, type AppOptions } from '../app';
import { Credentials } from '../cce/credentials';
import { startTestOidcProvider, TEST_CLIENT_ID, TEST_OPERATOR_GROUP, TEST_VIEWER_GROUP, type TestProvider } from '../testing/oidc-test-provider';
import { auditEntries, SAME_ORIGIN, startRecordingUpstream, TEST_AK, TEST_CLUSTER, TEST_PROJECT, UNLIMITED } from '../testing/recording-upstream';
import { signIn } from '../testing/sign-in';
import { submitUpgrade, upgradeAccepted } from '../testing/submit-client';
import { testAuthConfig } from '../testing/test-auth-config';
import type { AuthConfig } from './auth-config';
import { testDatabase } from '../testing/test-database';
import type { Database } from '../db/database';

const CLIENT_SECRET = 'client-secret-for-tests-only';
const OTHER_CLUSTER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const clusters = `/api/cce/v3/projects/${TEST_PROJECT}/clusters`;
const upgradeBody = serializeUpgradeRequest(toUpgradeRequest({ ...emptyPlan(TEST_CLUSTER), targetVersion: 'v1.29', userDefinedStep: 10 }));

let provider: TestProvider;
let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let clock = Date.now();
const databases = new Map<FastifyInstance, Database>();
const apps: FastifyInstance[] = [];

async function bff(auth: Partial<AuthConfig> = {}, extra: Partial<AppOptions> = {}) {
  const database = await testDatabase();
  const app = await buildApp({
    database,
    upstream: { endpoint: upstream.endpoint, projectId: TEST_PROJECT, credentials: new Credentials(TEST_AK, 'sk-for-auth-tests'), timeoutMs: 2000 },
    session: { mode: 'real', region: 'cn-north-4', projectId: TEST_PROJECT },
    auth: testAuthConfig(provider, CLIENT_SECRET, auth),
    now: () => clock,
    logLevel: 'silent',
    // Sign-in is under test, not the review gate (routes/plans.test.ts): plans are submitted straight.
    approvalsRequired: 0,
    ...extra,
  });
  apps.push(app);
  databases.set(app, database);
  return app;
}

const submit = (app: FastifyInstance, cookie: string, headers: Record<string, string> = SAME_ORIGIN) =>
  submitUpgrade(app, { request: upgradeBody }, { headers: { cookie, ...headers } });

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  // Reads list nothing; an upgrade is accepted as CCE would (a task id), so a submit's outcome is known.
  upstream.respondWith((request) => (request.method === 'POST' ? upgradeAccepted() : { items: [] }));
  provider = await startTestOidcProvider({ clientSecret: CLIENT_SECRET, redirectUris: ['http://localhost/api/auth/callback'] });
});
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await provider.close();
  await upstream.close();
});

describe('signed out', () => {
  it('answers every API call but sign-in and the session with 401 in the error shape', async () => {
    const app = await bff();
    for (const url of [clusters, `/api/clusters/${TEST_CLUSTER}/node-labels`, '/api/anything-else']) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(401);
      expect(bffErrorSchema.parse(response.json())).toMatchObject({ code: 'BFF.UNAUTHENTICATED', message: expect.stringMatching(/Sign in again/) });
    }
    // Signed out, the session says only that sign-in is needed: nothing about the region or the project.
    const signedOut = (await app.inject({ url: '/api/session' })).json();
    expect(signedOut).toEqual({ auth: 'oidc' });
    expect(sessionSchema.parse(signedOut)).toEqual({ auth: 'oidc' });
    expect(upstream.received).toEqual([]);
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, remembering the way back in a Lax cookie', async () => {
    const app = await bff();
    const response = await app.inject({ url: '/api/auth/login?returnTo=%2Fclusters%2Fx' });
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(location.origin).toBe(provider.issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: TEST_CLIENT_ID, response_type: 'code', code_challenge_method: 'S256', redirect_uri: 'http://localhost/api/auth/callback',
    });
    expect(location.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(location.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(String(response.headers['set-cookie'])).toMatch(/^__Host-planner-login=[\w-]{40,}; Max-Age=600; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
  });
});

describe('signed in', () => {
  it('gives an operator a server-side session behind a __Host- cookie and shows who is signed in', async () => {
    const app = await bff();
    const { callback, cookie } = await signIn(app, 'operator', '/clusters/abc/tasks/def');
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/clusters/abc/tasks/def');
    const setCookies = ([] as string[]).concat(callback.headers['set-cookie'] ?? []);
    expect(setCookies.find((line) => line.startsWith('__Host-planner-session='))).toMatch(/^__Host-planner-session=[\w-]{43}; Max-Age=3600; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    const session = await app.inject({ url: '/api/session', headers: { cookie } });
    expect(session.headers['cache-control']).toBe('no-store');
    expect(sessionSchema.parse(session.json()).user).toEqual({ name: 'Olga Operator', role: 'operator', canSubmit: true });
    upstream.received.length = 0;
    expect((await submit(app, cookie)).statusCode).toBe(200);
    expect(upstream.received.map((r) => r.body)).toEqual([upgradeBody]);
    expect((await auditEntries(databases.get(app)!)).at(-1)).toMatchObject({ outcome: 'accepted', user: { name: 'Olga Operator' } });
  });

  it('lets a viewer read and plan but not submit or retry (403 in words); the CCE proxy forwards neither for anyone', async () => {
    const app = await bff();
    const { cookie } = await signIn(app, 'viewer');
    expect(sessionSchema.parse((await app.inject({ url: '/api/session', headers: { cookie } })).json()).user).toEqual({ name: 'Victor Viewer', role: 'viewer', canSubmit: false });
    expect((await app.inject({ url: clusters, headers: { cookie } })).statusCode).toBe(200);
    upstream.received.length = 0;
    const proxied = await app.inject({ method: 'POST', url: `${clusters}/${TEST_CLUSTER}/operation/upgrade/retry`, headers: { cookie, ...SAME_ORIGIN } });
    expect(proxied.statusCode).toBe(405);
    expect(bffErrorSchema.parse(proxied.json())).toMatchObject({ code: 'BFF.USE_SUBMIT_ROUTE' });
    const denied = [
      await submit(app, cookie),
      await app.inject({ method: 'POST', url: `/api/clusters/${TEST_CLUSTER}/upgrade`, headers: { cookie, ...SAME_ORIGIN } }),
      await app.inject({ method: 'POST', url: `/api/clusters/${TEST_CLUSTER}/upgrade/retry`, headers: { cookie, ...SAME_ORIGIN } }),
    ];
    for (const response of denied) {
      expect(response.statusCode).toBe(403);
      expect(bffErrorSchema.parse(response.json())).toMatchObject({ code: 'BFF.FORBIDDEN_ROLE', message: expect.stringMatching(/needs the operator role/) });
    }
    expect(upstream.received).toEqual([]);
    // A pre-check changes nothing: planning, so a viewer may run one.
    const preCheck = await app.inject({
      method: 'POST', url: `${clusters}/${TEST_CLUSTER}/operation/precheck`, headers: { cookie, ...SAME_ORIGIN, 'content-type': 'application/json' }, payload: '{}',
    });
    expect(preCheck.statusCode).not.toBe(403);
  });

  it('refuses someone in no planner group at sign-in, with no session', async () => {
    const app = await bff();
    const { callback, cookie } = await signIn(app, 'outsider');
    expect(callback.headers.location).toBe('/?signed-out=no-role');
    expect(cookie).toBe('');
  });

  it('keeps a user to the clusters their groups are allowed, wherever the request names one', async () => {
    const app = await bff({ clusterAllowlist: { [TEST_VIEWER_GROUP]: [TEST_CLUSTER], [TEST_OPERATOR_GROUP]: ['*'] } });
    const viewer = (await signIn(app, 'viewer')).cookie;
    expect((await app.inject({ url: `${clusters}/${TEST_CLUSTER}`, headers: { cookie: viewer } })).statusCode).toBe(200);
    for (const url of [`${clusters}/${OTHER_CLUSTER}/nodepools`, `/api/cce/v3/addons?cluster_id=${OTHER_CLUSTER}`, `/api/clusters/${OTHER_CLUSTER}/node-labels`]) {
      const response = await app.inject({ url, headers: { cookie: viewer } });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'BFF.FORBIDDEN_CLUSTER', message: `You may not access cluster ${OTHER_CLUSTER}: it is not on your groups’ allow-list.` });
    }
    const operator = (await signIn(app, 'operator')).cookie;
    expect((await app.inject({ url: `${clusters}/${OTHER_CLUSTER}/nodepools`, headers: { cookie: operator } })).statusCode).toBe(200);
  });

  it('lists only the clusters a user is allowed, and every cluster to a user allowed all', async () => {
    const app = await bff({ clusterAllowlist: { [TEST_VIEWER_GROUP]: [TEST_CLUSTER], [TEST_OPERATOR_GROUP]: ['*'] } });
    const cluster = (uid: string, name: string) => ({ kind: 'Cluster', metadata: { uid, name }, spec: { flavor: 'cce.s1.small' } });
    const list = { kind: 'Cluster', apiVersion: 'v3', items: [cluster(TEST_CLUSTER, 'allowed'), cluster(OTHER_CLUSTER, 'secret-project')] };
    upstream.respondWith(() => list);
    try {
      const viewer = (await signIn(app, 'viewer')).cookie;
      const seen = await app.inject({ url: clusters, headers: { cookie: viewer } });
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toEqual({ ...list, items: [cluster(TEST_CLUSTER, 'allowed')] });
      expect(seen.body).not.toContain('secret-project');
      const operator = (await signIn(app, 'operator')).cookie;
      expect((await app.inject({ url: clusters, headers: { cookie: operator } })).json()).toEqual(list);
    } finally {
      upstream.respondWith((request) => (request.method === 'POST' ? upgradeAccepted() : { items: [] }));
    }
  });

  it('ends the session on sign-out and when it expires', async () => {
    const app = await bff({ sessionTtlSeconds: 60 });
    const first = (await signIn(app, 'operator')).cookie;
    const signOut = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: first, ...SAME_ORIGIN } });
    expect(signOut.statusCode).toBe(204);
    expect(String(signOut.headers['set-cookie'])).toMatch(/^__Host-planner-session=; Max-Age=0;/);
    expect((await app.inject({ url: clusters, headers: { cookie: first } })).statusCode).toBe(401);

    const second = (await signIn(app, 'operator')).cookie;
    expect((await app.inject({ url: clusters, headers: { cookie: second } })).statusCode).toBe(200);
    clock += 61_000;
    expect((await app.inject({ url: clusters, headers: { cookie: second } })).statusCode).toBe(401);
    expect(sessionSchema.parse((await app.inject({ url: '/api/session', headers: { cookie: second } })).json()).user).toBeUndefined();
  });

  it('refuses a callback that no sign-in in this browser started (login CSRF, replay)', async () => {
    const app = await bff();
    const response = await app.inject({ url: '/api/auth/callback?code=abc&state=def' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/?signed-out=failed');
    expect(response.headers['set-cookie']).not.toMatch(/__Host-planner-session=[\w-]/);
  });
});

describe('browser defences', () => {
  it('refuses state-changing calls from another origin or without X-Requested-With (403), before anything else', async () => {
    const app = await bff();
    const { cookie } = await signIn(app, 'operator');
    upstream.received.length = 0;
    const crossSite = await submit(app, cookie, { origin: 'https://evil.example', 'x-requested-with': 'XMLHttpRequest' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toMatchObject({ code: 'BFF.CROSS_SITE', message: expect.stringMatching(/came from https:\/\/evil\.example/) });
    const noHeader = await submit(app, cookie, { origin: 'http://localhost' });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().message).toMatch(/x-requested-with header must be XMLHttpRequest/);
    const crossSiteFetch = await submit(app, cookie, { 'sec-fetch-site': 'cross-site', 'x-requested-with': 'XMLHttpRequest' });
    expect(crossSiteFetch.statusCode).toBe(403);
    expect(upstream.received).toEqual([]);
    expect((await submit(app, cookie, { 'sec-fetch-site': 'same-origin', 'x-requested-with': 'XMLHttpRequest' })).statusCode).toBe(200);
  });

  it('limits sign-in attempts per address and submits per user (429 in words)', async () => {
    const app = await bff({}, { rateLimits: { ...UNLIMITED, loginPerMinute: 3, submitPerMinute: 2 } });
    const { cookie } = await signIn(app, 'operator');
    await app.inject({ url: '/api/auth/login' });
    const limited = await app.inject({ url: '/api/auth/login' });
    expect(limited.statusCode).toBe(429);
    expect(bffErrorSchema.parse(limited.json())).toMatchObject({ code: 'BFF.RATE_LIMITED', message: expect.stringMatching(/try again in/) });
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await submit(app, cookie)).statusCode).toBe(200);
    expect((await submit(app, cookie)).statusCode).toBe(200);
    expect((await submit(app, cookie)).statusCode).toBe(429);
  });

  it('limits each user’s reads and pre-checks, each on its own budget, and a limited call never reaches CCE', async () => {
    const app = await bff({}, { rateLimits: { ...UNLIMITED, readPerMinute: 3, checkPerMinute: 2 } });
    const viewer = (await signIn(app, 'viewer')).cookie;
    const operator = (await signIn(app, 'operator')).cookie;
    const read = (cookie: string) => app.inject({ url: `${clusters}/${TEST_CLUSTER}`, headers: { cookie } });
    const preCheck = (cookie: string) =>
      app.inject({
        method: 'POST',
        url: `${clusters}/${TEST_CLUSTER}/operation/precheck`,
        headers: { cookie, ...SAME_ORIGIN, 'content-type': 'application/json' },
        payload: { apiVersion: 'v3', kind: 'PreCheckTask', spec: { clusterID: TEST_CLUSTER, targetVersion: 'v1.29' } },
      });
    upstream.received.length = 0;
    const reads = [await read(viewer), await read(viewer), await read(viewer), await read(viewer)];
    expect(reads.map((response) => response.statusCode)).toEqual([200, 200, 200, 429]);
    expect(bffErrorSchema.parse(reads[3]?.json())).toMatchObject({ code: 'BFF.RATE_LIMITED', message: expect.stringMatching(/try again in/) });
    expect((await app.inject({ url: `/api/clusters/${TEST_CLUSTER}/node-labels`, headers: { cookie: viewer } })).statusCode).toBe(429);
    const checks = [await preCheck(viewer), await preCheck(viewer), await preCheck(viewer)];
    expect(checks.map((response) => response.statusCode)).toEqual([200, 200, 429]);
    expect(upstream.received.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'POST', 'POST']);
    // Per user: another user's budget is untouched.
    expect((await read(operator)).statusCode).toBe(200);
  });

  it('refuses a pre- or post-check whose body names another cluster than its path, before CCE', async () => {
    const app = await bff({ clusterAllowlist: { [TEST_VIEWER_GROUP]: [TEST_CLUSTER], [TEST_OPERATOR_GROUP]: ['*'] } });
    const viewer = (await signIn(app, 'viewer')).cookie;
    upstream.received.length = 0;
    for (const [operation, kind] of [['precheck', 'PreCheckTask'], ['postcheck', 'PostCheckTask']]) {
      const response = await app.inject({
        method: 'POST',
        url: `${clusters}/${TEST_CLUSTER}/operation/${operation}`,
        headers: { cookie: viewer, ...SAME_ORIGIN, 'content-type': 'application/json' },
        payload: { apiVersion: 'v3', kind, spec: { clusterID: OTHER_CLUSTER, targetVersion: 'v1.29' } },
      });
      expect(response.statusCode).toBe(400);
      expect(bffErrorSchema.parse(response.json())).toMatchObject({ code: 'BFF.CLUSTER_MISMATCH', message: expect.stringContaining(OTHER_CLUSTER) });
    }
    expect(upstream.received).toEqual([]);
  });
});
