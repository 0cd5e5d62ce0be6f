import type { FastifyInstance } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bffErrorSchema, IDEMPOTENCY_HEADER } from '../../shared/bff-api';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest, type Plan } from '../../shared/plan';
import { driftReportSchema, planDetailSchema, planListSchema, revisionSchema, savedRevisionSchema } from '../../shared/plans-api';
import { auditEntries, SAME_ORIGIN, UNLIMITED } from '../testing/recording-upstream';
import { buildApp } from '../app';
import type { Database } from '../db/database';
import { DEMO_PROJECT_ID, startDemoUpstream } from '../demo';
import type { SimulatorInstance } from '../../simulator/app';
import { startTestOidcProvider, type TestProvider, type TestUser } from '../testing/oidc-test-provider';
import { signIn } from '../testing/sign-in';
import { testAuthConfig } from '../testing/test-auth-config';
import { testDatabase, unclosed } from '../testing/test-database';
import { forgetSubmits } from '../db/submit-table';
import type { KubeconfigSource } from '../kubernetes/kubeconfig-source';
import type { Upstream } from '../cce/client';

const PROD = '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31';
const CLIENT_SECRET = 'client-secret-for-plan-tests';

let provider: TestProvider;
let demo: { upstream: Upstream; simulator: SimulatorInstance; kubeconfigs: KubeconfigSource };
let app: FastifyInstance;
let database: Database;
const cookies = {} as Record<TestUser, string>;

const plan = (changes: Partial<Plan> = {}): Plan => ({ ...emptyPlan(PROD), targetVersion: 'v1.29', userDefinedStep: 10, ...changes });
const textOf = (value: Plan) => serializeUpgradeRequest(toUpgradeRequest(value));
const upgradesSent = () => demo.simulator.simulator.received.list().filter((request) => request.operation === 'upgradeCluster');

function call(method: 'GET' | 'POST', url: string, as: TestUser, body?: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method,
    url,
    headers: { cookie: cookies[as], ...(method === 'POST' ? { ...SAME_ORIGIN, 'content-type': 'application/json' } : {}), ...headers },
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

async function save(as: TestUser, value = plan(), basedOn?: { planId: string; revision: number }) {
  const body = { request: textOf(value), plan: value, acceptedRisks: [], preCheckTaskId: null, ...(basedOn ? { basedOn: basedOn.revision } : {}) };
  const response = await call('POST', basedOn ? `/api/plans/${basedOn.planId}/revisions` : `/api/clusters/${PROD}/plans`, as, body);
  expect(response.statusCode, response.body).toBe(201);
  return savedRevisionSchema.parse(response.json());
}

const review = (as: TestUser, planId: string, revision: number, body: unknown = { verdict: 'approve' }) => call('POST', `/api/plans/${planId}/revisions/${revision}/reviews`, as, body);
const detail = async (as: TestUser, planId: string) => planDetailSchema.parse((await call('GET', `/api/plans/${planId}`, as)).json());

async function submit(as: TestUser, planId: string, revision: number, text?: string) {
  const stored = revisionSchema.parse((await call('GET', `/api/plans/${planId}/revisions/${revision}`, as)).json());
  return call('POST', `/api/clusters/${PROD}/upgrade`, as, { request: text ?? stored.request, acceptedRisks: [], plan: { id: planId, revision } }, { [IDEMPOTENCY_HEADER]: randomUUID() });
}

const errorOf = (response: { json: () => unknown }) => bffErrorSchema.parse(response.json());

beforeAll(async () => {
  provider = await startTestOidcProvider({ clientSecret: CLIENT_SECRET, redirectUris: ['http://localhost/api/auth/callback'] });
  demo = await startDemoUpstream({ mode: 'demo', host: '127.0.0.1', port: 0, logLevel: 'silent', timeoutMs: 10_000, simulatorPort: 0, simulatorUpgradeMs: 600_000, simulatorPreCheckMs: 200 });
  database = await testDatabase();
  app = await buildApp({
    database: unclosed(database),
    upstream: demo.upstream,
    kubeconfigs: demo.kubeconfigs,
    session: { mode: 'real', region: 'cn-north-4', projectId: DEMO_PROJECT_ID },
    auth: testAuthConfig(provider, CLIENT_SECRET),
    rateLimits: UNLIMITED,
    logLevel: 'silent',
  });
  for (const user of ['operator', 'reviewer', 'viewer'] as const) cookies[user] = (await signIn(app, user)).cookie;
}, 60_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
  await demo?.simulator.close();
  await provider?.close();
});
// Each test starts from the seeded fleet; plans of earlier tests stay, as they would on a shared planner. The memory of
// submits goes with the simulator's tasks (as demo mode's reset does), or an earlier test's plan would be replayed.
beforeEach(async () => {
  demo.simulator.simulator.reset();
  await forgetSubmits(database.db, 'all');
});

describe('saving and sharing a plan', () => {
  it('stores revision 1 with the exact text, its canonical hash and a snapshot the BFF took, readable by a viewer', async () => {
    const { planId, revision } = await save('operator');
    expect(revision).toBe(1);
    const stored = revisionSchema.parse((await call('GET', `/api/plans/${planId}/revisions/1`, 'viewer')).json());
    expect(stored.request).toBe(textOf(plan()));
    expect(stored.bodySha256).toBe(canonicalSha(stored.request));
    expect(stored.author.name).toBe('Olga Operator');
    expect(stored.snapshot.cluster).toMatchObject({ id: PROD, name: 'prod-payments', version: 'v1.28', patch: 'cce.10.0' });
    expect(Object.values(stored.poolNames)).toEqual(expect.arrayContaining(['general-x86', 'gpu-inference']));
    expect(stored.snapshot.nodes.length).toBe(60);
    expect(stored.snapshot.labelSource).toBe('kubernetes');

    const seen = await detail('viewer', planId);
    expect(seen).toMatchObject({ clusterName: 'prod-payments', state: 'draft', latestRevision: 1, approvalsRequired: 1, you: { mayReview: false, maySubmit: false, mayRevise: false } });
    const list = planListSchema.parse((await call('GET', '/api/plans', 'viewer')).json());
    expect(list.items.map((item) => item.id)).toContain(planId);
  });

  it('refuses a text that is not the plan sent with it, and a plan for another cluster, before reading CCE', async () => {
    const before = demo.simulator.simulator.received.list().length;
    const edited = await call('POST', `/api/clusters/${PROD}/plans`, 'operator', { request: textOf(plan({ userDefinedStep: 5 })), plan: plan(), acceptedRisks: [], preCheckTaskId: null });
    expect(edited.statusCode).toBe(400);
    expect(errorOf(edited).message).toMatch(/not the text of the plan/);
    const elsewhere = await call('POST', `/api/clusters/0b5e7d42-91ac-4f63-8e2d-7a6c13f09b84/plans`, 'operator', { request: textOf(plan()), plan: plan(), acceptedRisks: [], preCheckTaskId: null });
    expect(errorOf(elsewhere).code).toBe('BFF.CLUSTER_MISMATCH');
    expect(demo.simulator.simulator.received.list().length).toBe(before);
  });

  it('answers odd and encoded plan paths with clear errors, and unknown plans with 404', async () => {
    expect(errorOf(await call('GET', '/api/plans/not-a-uuid', 'viewer')).code).toBe('BFF.INVALID_PATH');
    expect((await call('GET', `/api/plans/${randomUUID()}`, 'viewer')).statusCode).toBe(404);
    const { planId } = await save('operator');
    for (const bad of ['0', '01', '-1', '1.5', 'x']) {
      expect(errorOf(await call('GET', `/api/plans/${planId}/revisions/${bad}`, 'viewer')).code).toBe('BFF.INVALID_PATH');
    }
    expect((await call('GET', `/api/plans/${planId}/revisions/9`, 'viewer')).statusCode).toBe(404);
    // (inject resolves a literal "..", so the raw-target cases live in request-target's tests.)
    for (const odd of [`/api/plans/${planId}/%2e%2e/revisions/1`, `/api/plans/%2F${planId}`, `/api/plans/${planId}%00`, `/api/plans/${planId.toUpperCase()}`]) {
      const answer = await call('GET', odd, 'viewer');
      expect(answer.statusCode, `${odd}: ${answer.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    }
    const signedOut = await app.inject({ url: `/api/plans/${planId}` });
    expect(signedOut.statusCode).toBe(401);
  });
});

describe('reviewing', () => {
  it('refuses self-approval, takes another operator\u2019s, and does not carry it to the next revision', async () => {
    const { planId } = await save('operator');
    const own = await review('operator', planId, 1);
    expect(own.statusCode).toBe(403);
    expect(errorOf(own).code).toBe('BFF.SELF_REVIEW');
    expect((await review('viewer', planId, 1)).statusCode).toBe(403);

    const approved = await review('reviewer', planId, 1);
    expect(approved.statusCode).toBe(201);
    expect((await detail('operator', planId)).reviews).toHaveLength(1);

    const second = await save('operator', plan({ userDefinedStep: 20 }), { planId, revision: 1 });
    expect(second.revision).toBe(2);
    const now = await detail('reviewer', planId);
    expect(now).toMatchObject({ latestRevision: 2, you: { mayReview: true } });
    const refused = await submit('operator', planId, 2);
    expect(errorOf(refused)).toMatchObject({ code: 'BFF.NOT_APPROVED', message: expect.stringMatching(/0 of 1 approval/) });
    // Revision 1 is no longer the one that may go out, even with its approval.
    expect(errorOf(await submit('operator', planId, 1)).code).toBe('BFF.REVISION_STALE');
    expect(errorOf(await review('reviewer', planId, 1)).code).toBe('BFF.REVISION_STALE');
    // Saving from a stale revision loses nothing silently: it is refused.
    const staleSave = await call('POST', `/api/plans/${planId}/revisions`, 'operator', { request: textOf(plan()), plan: plan(), acceptedRisks: [], preCheckTaskId: null, basedOn: 1 });
    expect(errorOf(staleSave).code).toBe('BFF.REVISION_STALE');
    expect(upgradesSent()).toHaveLength(0);
  });

  it('lets only one of two operators saving revision 2 at once succeed; the other is told a newer revision exists', async () => {
    const { planId } = await save('operator');
    const edit = (as: TestUser, step: number) =>
      call('POST', `/api/plans/${planId}/revisions`, as, { request: textOf(plan({ userDefinedStep: step })), plan: plan({ userDefinedStep: step }), acceptedRisks: [], preCheckTaskId: null, basedOn: 1 });
    const answers = await Promise.all([edit('operator', 15), edit('reviewer', 16)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(errorOf(answers.find((answer) => answer.statusCode === 409)!).code).toBe('BFF.REVISION_STALE');
    const after = await detail('operator', planId);
    expect(after.revisions.map((summary) => summary.revision)).toEqual([1, 2]);
  });

  it('records requests for changes with their reason, in the plan and in the audit trail', async () => {
    const { planId } = await save('operator');
    const short = await review('reviewer', planId, 1, { verdict: 'request-changes', reason: 'no' });
    expect(errorOf(short).code).toBe('BFF.INVALID_BODY');
    expect((await review('reviewer', planId, 1, { verdict: 'request-changes', reason: 'Step 10 is too large for payments' })).statusCode).toBe(201);
    expect((await detail('operator', planId)).reviews[0]).toMatchObject({ verdict: 'request-changes', reason: 'Step 10 is too large for payments', reviewer: { name: 'Rita Reviewer' } });
    const audited = (await auditEntries(database)).filter((entry) => entry.kind === 'review' && entry.plan?.id === planId);
    expect(audited).toEqual([expect.objectContaining({ outcome: 'changes-requested', errorMessage: 'Step 10 is too large for payments', user: expect.objectContaining({ name: 'Rita Reviewer' }) })]);
  });

  it('lets a viewer comment on a wave but not approve or submit', async () => {
    const { planId } = await save('operator');
    const comment = await call('POST', `/api/plans/${planId}/revisions/1/comments`, 'viewer', { anchor: { kind: 'wave', wave: 1 }, text: 'Wave 1 is the canary, right?' });
    expect(comment.statusCode).toBe(201);
    expect((await detail('operator', planId)).comments).toEqual([expect.objectContaining({ revision: 1, anchor: { kind: 'wave', wave: 1 }, author: expect.objectContaining({ name: 'Victor Viewer' }) })]);
    expect(errorOf(await call('POST', `/api/plans/${planId}/revisions/1/comments`, 'viewer', { anchor: { kind: 'wave', wave: 0 }, text: 'x' })).code).toBe('BFF.INVALID_BODY');
    expect((await submit('viewer', planId, 1)).statusCode).toBe(403);
  });
});

describe('submitting what was approved', () => {
  it('sends exactly the approved text once the cluster is unchanged, and records the plan as submitted', async () => {
    const { planId } = await save('operator');
    expect((await review('reviewer', planId, 1)).statusCode).toBe(201);
    const stored = revisionSchema.parse((await call('GET', `/api/plans/${planId}/revisions/1`, 'operator')).json());

    const unreviewed = await call('POST', `/api/clusters/${PROD}/upgrade`, 'operator', { request: stored.request, acceptedRisks: [] }, { [IDEMPOTENCY_HEADER]: randomUUID() });
    expect(errorOf(unreviewed).code).toBe('BFF.APPROVAL_REQUIRED');
    const edited = await submit('operator', planId, 1, textOf(plan({ userDefinedStep: 11 })));
    expect(errorOf(edited).code).toBe('BFF.PLAN_TEXT_CHANGED');
    expect(upgradesSent()).toHaveLength(0);

    const sent = await submit('operator', planId, 1);
    expect(sent.statusCode, sent.body).toBe(200);
    const received = upgradesSent();
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toBe(stored.request);
    expect(canonicalSha(received[0]!.body)).toBe(stored.bodySha256);
    const after = await detail('operator', planId);
    expect(after).toMatchObject({ state: 'submitted', submission: { revision: 1 }, you: { maySubmit: false, mayReview: false } });
    // Sent again (a lost answer, a second tab) under a new key: answered from the memory of submits, never sent twice.
    const again = await submit('operator', planId, 1);
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(upgradesSent()).toHaveLength(1);
    const lines = (await auditEntries(database)).filter((entry) => entry.plan?.id === planId && entry.kind === 'upgrade');
    expect(lines.map((line) => line.outcome)).toEqual(['refused', 'sending', 'accepted', 'replayed']);
    expect(lines[2]!.plan).toMatchObject({ revision: 1, approvedBy: [expect.objectContaining({ name: 'Rita Reviewer' })], snapshotSha256: stored.snapshotSha256 });
  });

  const drifts: Array<[string, () => unknown, RegExp]> = [
    ['a node added', () => demo.simulator.simulator.changes.addNode(PROD, 'general-x86', { name: 'general-x86-late' }), /Node general-x86-late was added to pool general-x86/],
    ['a node relabelled', () => relabelFirst('general-x86'), /was relabelled: label upgrade-wave/],
    ['the patch moved', () => demo.simulator.simulator.changes.bumpPatch(PROD), /Cluster patch moved from cce\.10\.0 to/],
    ['an add-on version changed', () => demo.simulator.simulator.changes.setAddonVersion(PROD, 'coredns', '1.28.7'), /Add-on coredns 1\.27\.1 → 1\.28\.7/],
  ];
  it.each(drifts)('refuses with the words when %s between approval and submit, and nothing reaches CCE', async (_what, change, words) => {
    const { planId } = await save('operator');
    expect((await review('reviewer', planId, 1)).statusCode).toBe(201);
    change();
    const report = driftReportSchema.parse((await call('POST', `/api/plans/${planId}/revisions/1/drift`, 'viewer', {})).json());
    expect(report.drift.map((item) => item.message).join('\n')).toMatch(words);
    const refused = await submit('operator', planId, 1);
    expect(refused.statusCode).toBe(409);
    const error = errorOf(refused);
    expect(error.code).toBe('BFF.PLAN_DRIFTED');
    expect(error.drift?.map((item) => item.message).join('\n')).toMatch(words);
    expect(error.message).toMatch(/Re-plan/);
    expect(upgradesSent()).toHaveLength(0);
    const audited = (await auditEntries(database)).filter((entry) => entry.plan?.id === planId && entry.kind === 'upgrade');
    expect(audited).toEqual([expect.objectContaining({ outcome: 'refused', errorCode: 'BFF.PLAN_DRIFTED', plan: expect.objectContaining({ drift: expect.arrayContaining([expect.stringMatching(words)]) }) })]);
  });

  it('refuses a plan approved before another upgrade of the cluster started, and marks it superseded', async () => {
    const first = await save('operator');
    const second = await save('operator', plan({ userDefinedStep: 20 }));
    for (const { planId } of [first, second]) expect((await review('reviewer', planId, 1)).statusCode).toBe(201);
    expect((await submit('operator', first.planId, 1)).statusCode).toBe(200);
    const answer = await submit('operator', second.planId, 1);
    expect(answer.statusCode, answer.body).toBe(409);
    const refused = errorOf(answer);
    expect(refused.code).toBe('BFF.PLAN_DRIFTED');
    expect(refused.drift?.map((item) => item.kind)).toContain('task-started');
    expect((await detail('operator', second.planId)).state).toBe('superseded');
    expect(upgradesSent()).toHaveLength(1);
  });
});

function relabelFirst(poolName: string) {
  const pool = demo.simulator.simulator.store.cluster(PROD, Date.now()).pools.find((candidate) => candidate.metadata.name === poolName)!;
  const node = demo.simulator.simulator.store.cluster(PROD, Date.now()).nodes.find((candidate) => candidate.metadata.ownerReferences?.nodepoolID === pool.metadata.uid)!;
  return demo.simulator.simulator.changes.relabelNode(PROD, node.metadata.name, { 'upgrade-wave': 'late' });
}

function canonical(text: string): string {
  const sort = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sort) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sort((value as Record<string, unknown>)[key])])) : value;
  return JSON.stringify(sort(JSON.parse(text)));
}
const canonicalSha = (text: string) => createHash('sha256').update(canonical(text)).digest('hex');

describe('without sign-in: one identity, no approvals', () => {
  let local: FastifyInstance;
  let localDb: Database;
  let clock = Date.now();
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    local.inject({ method: 'POST', url, headers: { ...SAME_ORIGIN, 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });

  beforeAll(async () => {
    localDb = await testDatabase();
    local = await buildApp({ database: localDb, upstream: demo.upstream, kubeconfigs: demo.kubeconfigs, session: { mode: 'demo', region: 'cn-north-4', projectId: DEMO_PROJECT_ID }, rateLimits: UNLIMITED, now: () => clock, logLevel: 'silent' });
  });
  afterAll(() => local?.close());

  async function passedPreCheck(): Promise<string> {
    const created = await post(`/api/cce/v3/projects/${DEMO_PROJECT_ID}/clusters/${PROD}/operation/precheck`, { apiVersion: 'v3', kind: 'PreCheckTask', spec: { clusterID: PROD, targetVersion: 'v1.29' } });
    expect(created.statusCode, created.body).toBe(200);
    const taskId = (created.json() as { metadata: { uid: string } }).metadata.uid;
    await expect
      .poll(async () => ((await local.inject({ url: `/api/cce/v3/projects/${DEMO_PROJECT_ID}/clusters/${PROD}/operation/precheck/tasks/${taskId}` })).json() as { status: { phase: string } }).status.phase, { timeout: 30_000, interval: 200 })
      .not.toMatch(/^(Init|Running)$/);
    return taskId;
  }

  it('saves with the pre-check it relies on, is ready to submit without anyone else, and refuses once that check expired', async () => {
    const preCheckTaskId = await passedPreCheck();
    const value = plan({ userDefinedStep: 7 });
    const saved = await post(`/api/clusters/${PROD}/plans`, { request: textOf(value), plan: value, acceptedRisks: [], preCheckTaskId });
    expect(saved.statusCode, saved.body).toBe(201);
    const { planId } = savedRevisionSchema.parse(saved.json());
    const stored = revisionSchema.parse((await local.inject({ url: `/api/plans/${planId}/revisions/1` })).json());
    expect(stored.author.name).toBe('Local user (no sign-in)');
    expect(stored.preCheck).toMatchObject({ taskId: preCheckTaskId, expiresAt: expect.any(String) });

    const seen = planDetailSchema.parse((await local.inject({ url: `/api/plans/${planId}` })).json());
    expect(seen).toMatchObject({ state: 'approved', approvalsRequired: 0, you: { maySubmit: true, mayReview: false, mayRevise: true, notes: [] } });
    // The only identity is the author: reviewing one's own plan is refused here too.
    expect(errorOf(await post(`/api/plans/${planId}/revisions/1/reviews`, { verdict: 'approve' })).code).toBe('BFF.SELF_REVIEW');

    // The check expires: the revision no longer goes out on it.
    clock = Date.parse(stored.preCheck!.expiresAt!) + 1000;
    const expired = await post(`/api/clusters/${PROD}/upgrade`, { request: stored.request, acceptedRisks: [], preCheckTaskId, plan: { id: planId, revision: 1 } }, { [IDEMPOTENCY_HEADER]: randomUUID() });
    expect(errorOf(expired)).toMatchObject({ code: 'BFF.PLAN_DRIFTED', drift: [expect.objectContaining({ kind: 'pre-check-expired' })] });
    expect(upgradesSent()).toHaveLength(0);

    clock = Date.now();
    const sent = await post(`/api/clusters/${PROD}/upgrade`, { request: stored.request, acceptedRisks: [], preCheckTaskId, plan: { id: planId, revision: 1 } }, { [IDEMPOTENCY_HEADER]: randomUUID() });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(upgradesSent()).toHaveLength(1);
  });

  it('still submits straight from the wizard, with no saved plan', async () => {
    const direct = await post(`/api/clusters/${PROD}/upgrade`, { request: textOf(plan({ userDefinedStep: 9 })), acceptedRisks: [] }, { [IDEMPOTENCY_HEADER]: randomUUID() });
    expect(direct.statusCode, direct.body).toBe(200);
  });
});
