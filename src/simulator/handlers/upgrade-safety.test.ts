import { describe, expect, it } from 'vitest';
import type { PostCheck } from '../../shared/cce-responses';
import { demoClusters } from '../app';
import { post, read, upgrade, upgradeBody } from '../testing/cce-calls';
import type { TestSimulator } from '../testing/signed-inject';
import { testSimulator } from '../testing/signed-inject';

const prod = demoClusters['prod-payments'].id;
const legacy = demoClusters['legacy-batch'].id;
const DURATION = 100_000;
const patch = (addonTemplateName: string, version: string, values?: Record<string, unknown>) => ({
  addonTemplateName,
  operation: 'patch' as const,
  version,
  ...(values ? { values } : {}),
});

async function startUpgrade(sim: TestSimulator, clusterId: string, body: unknown) {
  const started = await upgrade(sim, clusterId, body);
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  return (started.body as { metadata: { uid: string } }).metadata.uid;
}

const postCheck = async (sim: TestSimulator, clusterId: string, targetVersion: string) =>
  (await post(sim, 'createPostCheck', { cluster_id: clusterId }, { apiVersion: 'v3', kind: 'PostCheckTask', spec: { clusterID: clusterId, targetVersion } }))
    .body as PostCheck;

describe("UpgradeCluster's built-in pre-check", () => {
  it('refuses an upgrade whose add-ons are out of maintenance and unpatched, naming them in words', async () => {
    const { status, body } = await upgrade(testSimulator(), legacy, upgradeBody('v1.27'));
    expect(status).toBe(400);
    expect(body).toMatchObject({ errorCode: 'CCE.01400001' });
    expect(body['errorMessage']).toMatch(/found 2 blocking problem\(s\).*coredns\) 1\.25\.1 does not support.*autoscaler\) 1\.25\.21/);
  });

  it('still refuses when only some of them are patched', async () => {
    const { status, body } = await upgrade(testSimulator(), legacy, upgradeBody('v1.27', { addons: [patch('coredns', '1.27.1')] }));
    expect(status).toBe(400);
    expect(body['errorMessage']).toMatch(/found 1 blocking problem\(s\).*autoscaler/);
  });

  it('accepts the upgrade once the body patches every one of them', async () => {
    const sim = testSimulator();
    await startUpgrade(sim, legacy, upgradeBody('v1.27', { addons: [patch('coredns', '1.28.7'), patch('autoscaler', '1.27.54')] }));
  });

  it('is skipped with isOnlyUpgrade: true', async () => {
    await startUpgrade(testSimulator(), legacy, upgradeBody('v1.27', { isOnlyUpgrade: true }));
  });

  it('lets a Risk through: prod-payments upgrades without a pre-check', async () => {
    await startUpgrade(testSimulator(), prod, upgradeBody('v1.30'));
  });
});

describe('add-ons during an upgrade', () => {
  it('shows patched add-ons upgrading in the add-on stage, then running the new version and values', async () => {
    const sim = testSimulator(DURATION);
    const values = { basic: { cluster_ip: '10.247.3.10' }, custom: { stub_domains: { 'corp.example': ['10.0.0.53'] } }, flavor: { replicas: 3 } };
    await startUpgrade(sim, legacy, upgradeBody('v1.27', { addons: [patch('coredns', '1.28.7', values), patch('autoscaler', '1.27.54')] }));
    const addon = async (name: string) => (await read(sim, 'listAddonInstances', {}, `cluster_id=${legacy}`)).items.find((a) => a.spec.addonTemplateName === name);

    sim.clock.now += DURATION * 0.5;
    expect((await addon('coredns'))?.status?.status).toBe('running');
    sim.clock.now += DURATION * 0.45;
    expect((await addon('coredns'))?.status?.status).toBe('upgrading');
    expect((await addon('everest'))?.status?.status).toBe('running');

    sim.clock.now += DURATION * 0.05;
    const coredns = await addon('coredns');
    expect(coredns?.status).toMatchObject({ status: 'running', currentVersion: { version: '1.28.7' } });
    expect(coredns?.spec).toMatchObject({ version: '1.28.7', values });
    expect((await addon('autoscaler'))?.spec.version).toBe('1.27.54');
  });

  it('moves maintained add-ons the request does not patch to a compatible version, as CCE does', async () => {
    const sim = testSimulator(DURATION);
    const task_id = await startUpgrade(sim, prod, upgradeBody('v1.29'));
    const task = await read(sim, 'showUpgradeTask', { cluster_id: prod, task_id });
    expect(task.spec.items).toMatchObject({ addons: [], automaticAddons: expect.arrayContaining([{ addonTemplateName: 'coredns', version: '1.29.5' }]) });
    sim.clock.now += DURATION;
    const addons = (await read(sim, 'listAddonInstances', {}, `cluster_id=${prod}`)).items;
    expect(addons.find((a) => a.spec.addonTemplateName === 'coredns')?.spec.version).toBe('1.29.5');
    expect(addons.find((a) => a.spec.addonTemplateName === 'npd')?.spec.version).toBe('1.19.1');
  });
});

describe('CreatePostCheck', () => {
  it('fails in words while the upgrade runs, and succeeds once the cluster runs the target', async () => {
    const sim = testSimulator(DURATION);
    const task_id = await startUpgrade(sim, prod, upgradeBody('v1.29'));
    sim.clock.now += DURATION / 2;
    const early = await postCheck(sim, prod, 'v1.29');
    expect(early).toMatchObject({ kind: 'PostCheckTask', status: { phase: 'Failed' } });
    expect(early.status.message).toMatch(new RegExp(`runs v1\\.28, not the target v1\\.29.*${task_id} is still open \\(Running, 50 %\\)`));

    sim.clock.now += DURATION / 2;
    const done = await postCheck(sim, prod, 'v1.29');
    expect(done.status).toMatchObject({ phase: 'Success' });
    expect(done.status.message).toBeUndefined();
    expect(done.spec).toMatchObject({ clusterID: prod, targetVersion: 'v1.29' });
  });

  it('refuses a body for another cluster or of the wrong kind', async () => {
    const sim = testSimulator();
    const wrongCluster = await post(sim, 'createPostCheck', { cluster_id: prod }, { apiVersion: 'v3', kind: 'PostCheckTask', spec: { clusterID: legacy, targetVersion: 'v1.29' } });
    expect(wrongCluster).toMatchObject({ status: 400, body: { errorMessage: expect.stringContaining('spec.clusterID') } });
    const wrongKind = await post(sim, 'createPostCheck', { cluster_id: prod }, { apiVersion: 'v3', kind: 'PreCheckTask', spec: { clusterID: prod, targetVersion: 'v1.29' } });
    expect(wrongKind.status).toBe(400);
  });
});

describe('a failed upgrade task and RetryUpgrade', () => {
  it('stops in the armed wave with the reason, leaves nodes Abnormal and add-ons alone, and resumes from that wave on retry', async () => {
    const sim = testSimulator(DURATION);
    sim.app.simulator.failUpgrade(prod, 2, 'node arm-batch drain timed out');
    const task_id = await startUpgrade(sim, prod, upgradeBody('v1.29', { addons: [patch('coredns', '1.29.5')] }));
    const show = () => read(sim, 'showUpgradeTask', { cluster_id: prod, task_id });
    const nodesIn = async (phase: string) => (await read(sim, 'listNodes', { cluster_id: prod })).items.filter((n) => n.status.phase === phase).map((n) => n.metadata.uid);

    sim.clock.now += DURATION * 0.95;
    const failed = await show();
    expect(failed.status).toMatchObject({ phase: 'Failed', reason: 'node arm-batch drain timed out', message: 'node arm-batch drain timed out' });
    expect(failed.spec.items).toMatchObject({ failedWave: 2, currentWave: 2, upgradingNodes: 0 });
    const abnormal = await nodesIn('Abnormal');
    expect(abnormal.length).toBeGreaterThan(0);
    expect(await nodesIn('Upgrading')).toEqual([]);
    const cluster = await read(sim, 'showCluster', { cluster_id: prod });
    expect(cluster.status).toMatchObject({ phase: 'Upgrading', reason: 'UpgradeFailed', message: expect.stringContaining('stopped in wave 2: node arm-batch drain timed out') });
    expect((await read(sim, 'listAddonInstances', {}, `cluster_id=${prod}`)).items.find((a) => a.spec.addonTemplateName === 'coredns')?.spec.version).toBe('1.27.1');

    // Nothing further progresses, however long one waits.
    sim.clock.now += DURATION * 10;
    expect(await show()).toEqual(failed);

    expect(await post(sim, 'retryUpgrade', { cluster_id: prod })).toEqual({ status: 200, body: {} });
    const resumed = await show();
    expect(resumed.status.phase).toBe('Running');
    expect(resumed.spec.items).toMatchObject({ currentWave: 2 });
    expect((await nodesIn('Upgrading')).sort()).toEqual([...abnormal].sort());

    // The rest takes the remaining share of the duration; then the task succeeds and the add-on moves.
    const waves = (failed.spec.items as { totalWaves: number }).totalWaves;
    const remaining = 1 - (0.2 + (0.7 * 1) / waves);
    sim.clock.now += DURATION * remaining - 1;
    expect((await show()).status.phase).toBe('Running');
    sim.clock.now += 1;
    expect((await show()).status).toMatchObject({ phase: 'Success', progress: '100%' });
    expect((await read(sim, 'listAddonInstances', {}, `cluster_id=${prod}`)).items.find((a) => a.spec.addonTemplateName === 'coredns')?.spec.version).toBe('1.29.5');
  });

  it('arms the failure for the next upgrade only', async () => {
    const sim = testSimulator(DURATION);
    sim.app.simulator.failUpgrade(legacy, 1, 'first attempt fails');
    const first = await startUpgrade(sim, legacy, upgradeBody('v1.27', { isOnlyUpgrade: true }));
    sim.clock.now += DURATION;
    expect((await read(sim, 'showUpgradeTask', { cluster_id: legacy, task_id: first })).status.phase).toBe('Failed');
    await post(sim, 'retryUpgrade', { cluster_id: legacy });
    sim.clock.now += DURATION;
    expect((await read(sim, 'showCluster', { cluster_id: legacy })).spec.version).toBe('v1.27');
    const second = await startUpgrade(sim, legacy, upgradeBody('v1.28', { isOnlyUpgrade: true }));
    sim.clock.now += DURATION;
    expect((await read(sim, 'showUpgradeTask', { cluster_id: legacy, task_id: second })).status.phase).toBe('Success');
  });

  it('refuses a retry when the latest task has not failed', async () => {
    const sim = testSimulator(DURATION);
    const refused = { status: 400, body: { errorCode: 'CCE.01400001', errorMessage: expect.stringContaining('no failed upgrade task to retry') } };
    expect(await post(sim, 'retryUpgrade', { cluster_id: legacy })).toEqual(refused);
    await startUpgrade(sim, prod, upgradeBody('v1.29'));
    sim.clock.now += DURATION / 2;
    expect(await post(sim, 'retryUpgrade', { cluster_id: prod })).toEqual(refused);
  });
});
