import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema, IDEMPOTENCY_HEADER } from '../../shared/bff-api';
import { buildApp } from '../app';
import { Credentials } from '../cce/credentials';
import type { KubeconfigSource } from '../kubernetes/kubeconfig-source';
import { startTestOidcProvider, TEST_OPERATOR_GROUP, TEST_VIEWER_GROUP, type TestProvider } from '../testing/oidc-test-provider';
import { auditEntries, SAME_ORIGIN, startRecordingUpstream, TEST_AK, TEST_CLUSTER, TEST_PROJECT, UNLIMITED } from '../testing/recording-upstream';
import { signIn } from '../testing/sign-in';
import { planText, upgradeAccepted } from '../testing/submit-client';
import { testAuthConfig } from '../testing/test-auth-config';
import { testDatabase } from '../testing/test-database';
import type { Database } from '../db/database';
import { planTable } from '../db/plan-table';
import { emptyPlan } from '../../shared/plan';

// Hundreds of requests over real HTTP: about a second alone, several on a busy machine.
const PROPERTY_TIMEOUT_MS = 60_000;
const CLIENT_SECRET = 'client-secret-for-route-tests';
const OTHER_CLUSTER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const cce = (cluster: string) => `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${cluster}`;
const preCheckBody = (cluster: string) => JSON.stringify({ apiVersion: 'v3', kind: 'PreCheckTask', spec: { clusterID: cluster, targetVersion: 'v1.29' } });
const json = { 'content-type': 'application/json' };
/** A saved plan in each cluster (made in beforeAll), so plan routes name a cluster through their plan. */
const plans: Record<string, string> = { [TEST_CLUSTER]: randomUUID(), [OTHER_CLUSTER]: randomUUID() };
const planOf = (cluster: string) => `/api/plans/${plans[cluster]}`;
const planFor = (cluster: string) => ({ ...emptyPlan(cluster), targetVersion: 'v1.29', userDefinedStep: 10 });
const snapshotFor = (cluster: string) => ({ takenAt: new Date().toISOString(), cluster: { id: cluster, name: 'c', version: 'v1.28', patch: '', phase: 'Available' }, pools: [], nodes: [], labelSource: 'derived' as const, addons: [], runningTask: null });
const planFileBody = (cluster: string) =>
  JSON.stringify({
    format: 'cce-upgrade-plan', formatVersion: 1, exportedAt: new Date().toISOString(), cluster: { id: cluster, name: 'c' }, fromVersion: 'v1.28', targetVersion: 'v1.29',
    request: planText(10, cluster), bodySha256: 'b'.repeat(64), plan: planFor(cluster), poolNames: {}, acceptedRisks: [], preCheck: null, snapshot: snapshotFor(cluster), snapshotSha256: 'c'.repeat(64), saved: null,
  });
const saveBody = (cluster: string, basedOn?: number) => JSON.stringify({ request: planText(10, cluster), plan: planFor(cluster), acceptedRisks: [], preCheckTaskId: null, ...(basedOn ? { basedOn } : {}) });

type Needs = 'public' | 'viewer' | 'operator';
interface Probe {
  method: 'GET' | 'HEAD' | 'POST';
  /** The status an allowed caller gets: the handler ran. */
  answers: number;
  /** Path and query, naming `cluster` wherever the route names one. */
  target: (cluster: string) => string;
  body?: (cluster: string) => string;
  headers?: () => Record<string, string>;
}

/**
 * What each API route is for, written down independently of its declaration: who may call it, whether it names a
 * cluster, and requests that reach its handler when allowed. A route missing here fails the first test.
 */
const expected: Record<string, { needs: Needs; namesCluster: boolean; probes: Probe[] }> = {
  '/api/session': { needs: 'public', namesCluster: false, probes: [{ method: 'GET', target: () => '/api/session', answers: 200 }, { method: 'HEAD', target: () => '/api/session', answers: 200 }] },
  '/api/health': { needs: 'public', namesCluster: false, probes: [{ method: 'GET', target: () => '/api/health', answers: 200 }] },
  '/api/ready': { needs: 'public', namesCluster: false, probes: [{ method: 'GET', target: () => '/api/ready', answers: 200 }, { method: 'HEAD', target: () => '/api/ready', answers: 200 }] },
  '/api/auth/login': { needs: 'public', namesCluster: false, probes: [{ method: 'GET', target: () => '/api/auth/login?returnTo=/', answers: 302 }] },
  '/api/auth/callback': { needs: 'public', namesCluster: false, probes: [{ method: 'GET', target: () => '/api/auth/callback?code=c&state=s', answers: 302 }] },
  '/api/auth/logout': { needs: 'public', namesCluster: false, probes: [{ method: 'POST', target: () => '/api/auth/logout', answers: 204 }] },
  '/api/clusters/:cluster_id/node-labels': {
    needs: 'viewer',
    namesCluster: true,
    probes: [
      { method: 'GET', target: (cluster) => `/api/clusters/${cluster}/node-labels`, answers: 200 },
      { method: 'HEAD', target: (cluster) => `/api/clusters/${cluster}/node-labels`, answers: 200 },
    ],
  },
  '/api/clusters/:clusterId/upgrade-durations': {
    needs: 'viewer',
    namesCluster: true,
    probes: [
      { method: 'GET', target: (cluster) => `/api/clusters/${cluster}/upgrade-durations`, answers: 200 },
      { method: 'HEAD', target: (cluster) => `/api/clusters/${cluster}/upgrade-durations`, answers: 200 },
    ],
  },
  '/api/cce/*': {
    needs: 'viewer',
    namesCluster: true,
    probes: [
      { method: 'GET', target: (cluster) => cce(cluster), answers: 200 },
      { method: 'GET', target: (cluster) => `${cce(cluster)}/nodes?limit=100`, answers: 200 },
      { method: 'GET', target: (cluster) => `/api/cce/v3/addons?cluster_id=${cluster}`, answers: 200 },
      { method: 'POST', target: (cluster) => `${cce(cluster)}/operation/precheck`, body: preCheckBody, headers: () => json, answers: 200 },
    ],
  },
  '/api/clusters/:clusterId/upgrade': {
    needs: 'operator',
    namesCluster: true,
    probes: [
      {
        method: 'POST',
        answers: 200,
        target: (cluster) => `/api/clusters/${cluster}/upgrade`,
        body: (cluster) => JSON.stringify({ request: planText(10, cluster) }),
        headers: () => ({ ...json, [IDEMPOTENCY_HEADER]: randomUUID() }),
      },
    ],
  },
  '/api/clusters/:clusterId/upgrade/retry': {
    needs: 'operator',
    namesCluster: true,
    probes: [
      {
        method: 'POST',
        answers: 200,
        target: (cluster) => `/api/clusters/${cluster}/upgrade/retry`,
        body: () => JSON.stringify({ taskId: 'task-1' }),
        headers: () => ({ ...json, [IDEMPOTENCY_HEADER]: randomUUID() }),
      },
    ],
  },
  '/api/*': { needs: 'viewer', namesCluster: false, probes: [{ method: 'GET', target: () => '/api/no-such-route', answers: 404 }] },
  // The recording upstream answers reads with an empty list, which is no cluster: a snapshot fails there (502), after
  // the handler ran and asked CCE.
  '/api/plans': { needs: 'viewer', namesCluster: false, probes: [{ method: 'GET', target: () => '/api/plans', answers: 200 }] },
  '/api/clusters/:clusterId/plans': {
    needs: 'operator',
    namesCluster: true,
    probes: [{ method: 'POST', target: (cluster) => `/api/clusters/${cluster}/plans`, body: (cluster) => saveBody(cluster), headers: () => json, answers: 502 }],
  },
  '/api/plans/:planId': { needs: 'viewer', namesCluster: true, probes: [{ method: 'GET', target: planOf, answers: 200 }] },
  '/api/plans/:planId/revisions': {
    needs: 'operator',
    namesCluster: true,
    probes: [{ method: 'POST', target: (cluster) => `${planOf(cluster)}/revisions`, body: (cluster) => saveBody(cluster, 1), headers: () => json, answers: 502 }],
  },
  '/api/plans/:planId/revisions/:revision': { needs: 'viewer', namesCluster: true, probes: [{ method: 'GET', target: (cluster) => `${planOf(cluster)}/revisions/1`, answers: 200 }] },
  '/api/plans/:planId/revisions/:revision/reviews': {
    needs: 'operator',
    namesCluster: true,
    probes: [{ method: 'POST', target: (cluster) => `${planOf(cluster)}/revisions/1/reviews`, body: () => JSON.stringify({ verdict: 'approve' }), headers: () => json, answers: 201 }],
  },
  '/api/plans/:planId/revisions/:revision/comments': {
    needs: 'viewer',
    namesCluster: true,
    probes: [{ method: 'POST', target: (cluster) => `${planOf(cluster)}/revisions/1/comments`, body: () => JSON.stringify({ anchor: { kind: 'plan' }, text: 'ok' }), headers: () => json, answers: 201 }],
  },
  '/api/clusters/:clusterId/plan-file': {
    needs: 'viewer',
    namesCluster: true,
    probes: [{ method: 'POST', target: (cluster) => `/api/clusters/${cluster}/plan-file`, body: (cluster) => saveBody(cluster), headers: () => json, answers: 502 }],
  },
  '/api/clusters/:clusterId/plan-files/check': {
    needs: 'viewer',
    namesCluster: true,
    probes: [{ method: 'POST', target: (cluster) => `/api/clusters/${cluster}/plan-files/check`, body: planFileBody, headers: () => json, answers: 502 }],
  },
  '/api/plans/:planId/revisions/:revision/plan-file': { needs: 'viewer', namesCluster: true, probes: [{ method: 'GET', target: (cluster) => `${planOf(cluster)}/revisions/1/plan-file`, answers: 200 }] },
  '/api/plans/:planId/revisions/:revision/drift': {
    needs: 'viewer',
    namesCluster: true,
    probes: [{ method: 'POST', target: (cluster) => `${planOf(cluster)}/revisions/1/drift`, body: () => '{}', headers: () => json, answers: 502 }],
  },
};

let provider: TestProvider;
let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: FastifyInstance;
let address: URL;
let database: Database;
let auditSeen = 0;
let handlers = 0;
const kubeconfigReads: string[] = [];
const kubeconfigs: KubeconfigSource = {
  kubeconfigFor(clusterId) {
    kubeconfigReads.push(clusterId);
    return undefined;
  },
  missing: 'unset',
};
const cookies: Record<'none' | 'viewer' | 'operator', string> = { none: '', viewer: '', operator: '' };
type Identity = keyof typeof cookies;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  upstream.respondWith((request) => (request.url.endsWith('/operation/upgrade') ? upgradeAccepted() : request.method === 'POST' ? { metadata: { uid: 'check-1' } } : { items: [] }));
  provider = await startTestOidcProvider({ clientSecret: CLIENT_SECRET, redirectUris: ['http://localhost/api/auth/callback'] });
  database = await testDatabase();
  app = await buildApp({
    database,
    upstream: { endpoint: upstream.endpoint, projectId: TEST_PROJECT, credentials: new Credentials(TEST_AK, 'sk-for-route-tests'), timeoutMs: 2000 },
    session: { mode: 'real', region: 'cn-north-4', projectId: TEST_PROJECT },
    auth: testAuthConfig(provider, CLIENT_SECRET, {
      // Both roles are kept to one cluster, so OTHER_CLUSTER is forbidden to everyone.
      clusterAllowlist: { [TEST_VIEWER_GROUP]: [TEST_CLUSTER], [TEST_OPERATOR_GROUP]: [TEST_CLUSTER] },
    }),
    kubeconfigs,
    rateLimits: UNLIMITED,
    // The upgrade route's access is under test here, not the review gate (routes/plans.test.ts): it submits straight.
    approvalsRequired: 0,
    logLevel: 'silent',
  });
  // Saved by someone else, so the operator may review them.
  for (const [cluster, id] of Object.entries(plans)) {
    await planTable(database.db).create(id, {
      author: { subject: 'someone-else', name: 'Someone Else' },
      createdAt: new Date(),
      request: planText(10, cluster),
      bodySha256: 'b'.repeat(64),
      plan: planFor(cluster),
      acceptedRisks: [],
      preCheck: null,
      snapshot: snapshotFor(cluster),
      snapshotSha256: 's'.repeat(64),
    });
  }
  // Which handlers ran: plan routes read and write only the database, so CCE, the audit and kubeconfigs may not show it.
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.url !== undefined && request.routeOptions.url !== '/api/*') handlers += 1;
  });
  cookies.viewer = (await signIn(app, 'viewer')).cookie;
  cookies.operator = (await signIn(app, 'operator')).cookie;
  address = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
});
afterAll(async () => {
  await app.close();
  await provider.close();
  await upstream.close();
});

/** Sends the request target byte for byte: inject and fetch would normalise it before the BFF saw it. */
function sendRaw(method: string, target: string, identity: Identity, probe: Pick<Probe, 'body' | 'headers'>, cluster: string): Promise<{ status: number; body: string }> {
  const headers = { ...SAME_ORIGIN, ...(probe.headers?.() ?? {}), ...(cookies[identity] ? { cookie: cookies[identity] } : {}) };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: address.hostname, port: address.port, path: target, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(probe.body?.(cluster));
  });
}

async function sideEffects() {
  return { cce: upstream.received.length, audit: (await auditEntries(database)).length - auditSeen, kubeconfigs: kubeconfigReads.length, handlers };
}
async function forgetSideEffects() {
  upstream.received.length = 0;
  auditSeen = (await auditEntries(database)).length;
  kubeconfigReads.length = 0;
  handlers = 0;
}
const nothingHappened = { cce: 0, audit: 0, kubeconfigs: 0, handlers: 0 };

const mayCall = (identity: Identity, needs: Needs, clusterAllowed: boolean) =>
  needs === 'public' || (identity !== 'none' && (needs === 'viewer' || identity === 'operator') && clusterAllowed);

const routeCase = fc.constantFrom(...Object.entries(expected).flatMap(([url, route]) => route.probes.map((probe) => ({ url, route, probe }))));
const identity = fc.constantFrom<Identity>('none', 'viewer', 'operator');

/** Splits a target into the path (the part mutations touch) and the query (kept as it is). */
const split = (target: string) => {
  const at = target.indexOf('?');
  return at === -1 ? [target, ''] : [target.slice(0, at), target.slice(at)];
};
const percentEncode = (char: string, upper: boolean) => {
  const hex = char.charCodeAt(0).toString(16).padStart(2, '0');
  return `%${upper ? hex.toUpperCase() : hex}`;
};

/** Ways to write a path that a router might take for the same route: each must be refused before any handler. */
const mutation = fc.oneof(
  // Percent-encode one or more characters anywhere in the path, the leading "/api" included.
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([positions, upper]) => (path: string) => {
    const chars = [...path];
    for (const position of positions) {
      const at = 1 + (position % (chars.length - 1));
      chars[at] = percentEncode(path[at] ?? 'a', upper);
    }
    return chars.join('');
  }),
  // A dot segment, plain or encoded, at any slash.
  fc.tuple(fc.nat(), fc.constantFrom('/.', '/..', '/x/..', '/%2e', '/%2E%2E', '/.%2e')).map(([position, dots]) => (path: string) => {
    const slashes = [...path.matchAll(/\//g)].map((match) => match.index);
    const at = slashes[position % slashes.length] ?? 0;
    return `${path.slice(0, at)}${dots}${path.slice(at)}`;
  }),
  // A doubled slash or a backslash for a slash (not the first: a target starting with one is Node's to refuse).
  fc.tuple(fc.nat(), fc.constantFrom('//', '\\', '/\\')).map(([position, slash]) => (path: string) => {
    const slashes = [...path.matchAll(/\//g)].map((match) => match.index);
    const at = slashes[1 + (position % (slashes.length - 1))] ?? 0;
    return `${path.slice(0, at)}${slash}${path.slice(at + 1)}`;
  }),
  // A fragment or matrix parameters, at the end or at any slash.
  fc.tuple(fc.nat(), fc.constantFrom('#', '#x', ';', ';jsessionid=1')).map(([position, extra]) => (path: string) => {
    const slashes = [...path.matchAll(/\//g)].map((match) => match.index);
    const at = position % 2 === 0 ? path.length : (slashes[position % slashes.length] ?? 0);
    return `${path.slice(0, at)}${extra}${path.slice(at)}`;
  }),
  // Absolute-form and authority-like targets.
  fc.constantFrom('http://anything', 'http://localhost', 'https://127.0.0.1:1', '//evil.example', 'HTTP://x').map((prefix) => (path: string) => `${prefix}${path}`),
);

describe('access on every API route', () => {
  it('knows every registered API route, and each declares the access this table expects', () => {
    const declared = new Map(app.apiRoutes.map((route) => [route.url, route.access]));
    expect([...declared.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [url, route] of Object.entries(expected)) {
      const access = declared.get(url);
      expect(access?.needs, url).toBe(route.needs);
      expect(access !== undefined && 'clusters' in access, url).toBe(route.namesCluster);
    }
  });

  it('lets an allowed caller through on every probe, so the refusals below are down to access alone', async () => {
    for (const { route, probe } of Object.entries(expected).flatMap(([url, route]) => route.probes.map((probe) => ({ url, route, probe })))) {
      await forgetSideEffects();
      // Public routes go signed out: sign-out would end the operator's session for the rest of the file.
      const who = route.needs === 'public' ? 'none' : 'operator';
      const { status, body } = await sendRaw(probe.method, probe.target(TEST_CLUSTER), who, probe, TEST_CLUSTER);
      const context = `${probe.method} ${probe.target(TEST_CLUSTER)} → ${status} ${body.slice(0, 200)}`;
      expect(status, context).toBe(probe.answers);
      if (route.namesCluster) expect(await sideEffects(), context).not.toEqual(nothingHappened);
    }
  });

  it(
    'refuses, before any handler, every caller the route does not allow: no session, wrong role, another cluster',
    async () => {
      await fc.assert(
        fc.asyncProperty(routeCase, identity, fc.boolean(), async ({ route, probe }, who, clusterAllowed) => {
          fc.pre(!mayCall(who, route.needs, clusterAllowed || !route.namesCluster));
          const cluster = clusterAllowed ? TEST_CLUSTER : OTHER_CLUSTER;
          await forgetSideEffects();
          const { status, body } = await sendRaw(probe.method, probe.target(cluster), who, probe, cluster);
          const context = `${who} ${probe.method} ${probe.target(cluster)} → ${status} ${body.slice(0, 200)}`;
          expect(status, context).toBe(who === 'none' ? 401 : 403);
          // A HEAD answer has no body to read the code from.
          if (probe.method !== 'HEAD') expect(bffErrorSchema.parse(JSON.parse(body)).code, context).toMatch(/^BFF\.(UNAUTHENTICATED|FORBIDDEN_ROLE|FORBIDDEN_CLUSTER)$/);
          expect(await sideEffects(), context).toEqual(nothingHappened);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses every encoded, dotted, doubled or absolute-form spelling of a route, whoever sends it, and forwards nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(routeCase, identity, fc.boolean(), mutation, async ({ probe }, who, clusterAllowed, mutate) => {
          const cluster = clusterAllowed ? TEST_CLUSTER : OTHER_CLUSTER;
          const [path = '', query = ''] = split(probe.target(cluster));
          const target = `${mutate(path)}${query}`;
          fc.pre(target !== probe.target(cluster));
          await forgetSideEffects();
          const { status, body } = await sendRaw(probe.method, target, who, probe, cluster);
          const context = `${who} ${probe.method} ${target} → ${status} ${body.slice(0, 200)}`;
          expect(status, context).toBe(400);
          // Targets Node's own parser refuses (one starting with "#") get its 400, in our shape too.
          if (probe.method !== 'HEAD') expect(bffErrorSchema.parse(JSON.parse(body)).code, context).toMatch(/^BFF\.(BAD_TARGET|BAD_REQUEST)$/);
          expect(await sideEffects(), context).toEqual(nothingHappened);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it.each([
    ['the issue’s sign-in bypass', 'POST', `/%61pi/clusters/${TEST_CLUSTER}/upgrade`],
    ['an encoded "i"', 'POST', `/ap%69/clusters/${TEST_CLUSTER}/upgrade`],
    ['an absolute-form target', 'POST', `http://anything/api/clusters/${TEST_CLUSTER}/upgrade`],
    ['an encoded allow-listed segment', 'POST', `/api/%63lusters/${OTHER_CLUSTER}/upgrade`],
    ['an encoded cluster id', 'GET', `/api/clusters/${OTHER_CLUSTER.replace('0', '%30')}/node-labels`],
    ['a dot segment', 'GET', `/api/session/../clusters/${OTHER_CLUSTER}/node-labels`],
  ])('refuses %s (400), signed in or not, and nothing reaches CCE', async (_, method, target) => {
    const probe = expected['/api/clusters/:clusterId/upgrade']!.probes[0]!;
    for (const who of ['none', 'viewer', 'operator'] as const) {
      await forgetSideEffects();
      const { status, body } = await sendRaw(method, target, who, method === 'POST' ? probe : {}, TEST_CLUSTER);
      expect(status, `${who} ${target}`).toBe(400);
      expect(bffErrorSchema.parse(JSON.parse(body))).toMatchObject({ code: 'BFF.BAD_TARGET', message: expect.stringMatching(/refused the request address/) });
      expect(await sideEffects()).toEqual(nothingHappened);
    }
  });

  it('answers odd spellings that name no route (other case, trailing slash) without reaching any handler', async () => {
    for (const target of [`/API/clusters/${TEST_CLUSTER}/node-labels`, `/api/clusters/${TEST_CLUSTER}/node-labels/`, '/api', '/api/']) {
      await forgetSideEffects();
      const { status } = await sendRaw('GET', target, 'none', {}, TEST_CLUSTER);
      expect(status, target).toBeGreaterThanOrEqual(400);
      expect(status, target).toBeLessThan(500);
      expect(await sideEffects(), target).toEqual(nothingHappened);
    }
  });
});
