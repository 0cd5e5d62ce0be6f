import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../../shared/bff-api';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest, type Plan } from '../../shared/plan';
import { planFileCheckSchema, planFileSchema, type PlanFile } from '../../shared/plan-file';
import { savedRevisionSchema } from '../../shared/plans-api';
import type { SimulatorInstance } from '../../simulator/app';
import { buildApp } from '../app';
import type { Upstream } from '../cce/client';
import { DEMO_PROJECT_ID, startDemoUpstream } from '../demo';
import type { KubeconfigSource } from '../kubernetes/kubeconfig-source';
import { SAME_ORIGIN, UNLIMITED } from '../testing/recording-upstream';
import { testDatabase } from '../testing/test-database';

const PROD = '6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31';
const LEGACY = '0b5e7d42-91ac-4f63-8e2d-7a6c13f09b84';
let demo: { upstream: Upstream; simulator: SimulatorInstance; kubeconfigs: KubeconfigSource };
let app: FastifyInstance;

const plan = (changes: Partial<Plan> = {}): Plan => ({ ...emptyPlan(PROD), targetVersion: 'v1.29', userDefinedStep: 10, ...changes });
const textOf = (value: Plan) => serializeUpgradeRequest(toUpgradeRequest(value));
const post = (url: string, body: unknown) =>
  app.inject({ method: 'POST', url, headers: { ...SAME_ORIGIN, 'content-type': 'application/json' }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

async function download(value = plan()): Promise<PlanFile> {
  const response = await post(`/api/clusters/${value.clusterId}/plan-file`, { request: textOf(value), plan: value, acceptedRisks: [], preCheckTaskId: null });
  expect(response.statusCode, response.body).toBe(200);
  return planFileSchema.parse(response.json());
}
const check = async (file: unknown, cluster = PROD) => post(`/api/clusters/${cluster}/plan-files/check`, file);

beforeAll(async () => {
  demo = await startDemoUpstream({ mode: 'demo', host: '127.0.0.1', port: 0, logLevel: 'silent', timeoutMs: 10_000, simulatorPort: 0, simulatorUpgradeMs: 600_000 });
  app = await buildApp({ database: await testDatabase(), upstream: demo.upstream, kubeconfigs: demo.kubeconfigs, session: { mode: 'demo', region: 'cn-north-4', projectId: DEMO_PROJECT_ID }, rateLimits: UNLIMITED, logLevel: 'silent' });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await demo?.simulator.close();
});
beforeEach(() => demo.simulator.simulator.reset());

describe('plan files', () => {
  it('writes an unsaved plan as a file the BFF hashed and snapshotted, which checks clean against an unchanged cluster', async () => {
    const file = await download();
    expect(file).toMatchObject({ cluster: { id: PROD, name: 'prod-payments' }, fromVersion: 'v1.28', targetVersion: 'v1.29', request: textOf(plan()), saved: null });
    expect(Object.values(file.poolNames)).toContain('general-x86');
    expect(file.snapshot.nodes).toHaveLength(60);
    const report = planFileCheckSchema.parse((await check(file)).json());
    expect(report).toMatchObject({ problems: [], drift: [] });
  });

  it('lists in words what changed in the cluster since the file was made, and what in the file was edited', async () => {
    const file = await download();
    demo.simulator.simulator.changes.addNode(PROD, 'general-x86', { name: 'general-x86-late' });
    const drifted = planFileCheckSchema.parse((await check(file)).json());
    expect(drifted.drift.map((item) => item.message)).toContain('Node general-x86-late was added to pool general-x86');

    const edited = { ...file, request: file.request.replace('"userDefinedStep": 10', '"userDefinedStep": 11') };
    const report = planFileCheckSchema.parse((await check(edited)).json());
    expect(report.problems.map((problem) => problem.path)).toEqual(['request', 'bodySha256']);
  });

  it('exports a saved revision with its revision and author, and refuses files that are not plan files, naming the field', async () => {
    const saved = await post(`/api/clusters/${PROD}/plans`, { request: textOf(plan()), plan: plan(), acceptedRisks: [], preCheckTaskId: null });
    const { planId } = savedRevisionSchema.parse(saved.json());
    const file = planFileSchema.parse((await app.inject({ url: `/api/plans/${planId}/revisions/1/plan-file` })).json());
    expect(file.saved).toMatchObject({ planId, revision: 1, author: { name: 'Local user (no sign-in)' }, approvals: [] });
    expect((await app.inject({ url: `/api/plans/${planId}/revisions/2/plan-file` })).statusCode).toBe(404);

    const wrongVersion = bffErrorSchema.parse((await check({ ...file, formatVersion: 2 })).json());
    expect(wrongVersion).toMatchObject({ code: 'BFF.INVALID_BODY', issues: [expect.objectContaining({ path: 'formatVersion', message: expect.stringMatching(/only format version 1/) })] });
    const badStep = bffErrorSchema.parse((await check({ ...file, plan: { ...file.plan, userDefinedStep: 99 } })).json());
    expect(badStep.issues?.[0]?.path).toBe('plan.userDefinedStep');
    expect(bffErrorSchema.parse((await check(file, LEGACY)).json()).code).toBe('BFF.CLUSTER_MISMATCH');
    expect(bffErrorSchema.parse((await check('{"format": 1, "format": 2}')).json()).code).toBe('BFF.DUPLICATE_KEY');
  });
});
