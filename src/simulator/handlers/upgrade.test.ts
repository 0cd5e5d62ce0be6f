import { describe, expect, it } from 'vitest';
import { cceOperations } from '../../shared/cce-operations';
import { buildInventory } from '../../shared/inventory';
import { kubernetesNodeListSchema, labelSource } from '../../shared/node-labels';
import { computeWaves } from '../../shared/waves';
import { demoClusters, handLabelledNodes } from '../app';
import { read, upgrade, upgradeBody } from '../testing/cce-calls';
import { apiPath, signedInject, testSimulator } from '../testing/signed-inject';

const prod = demoClusters['prod-payments'].id;
const DURATION = 100_000;

describe('UpgradeCluster validation', () => {
  it('names the bad path of a body the shared schema rejects', async () => {
    const body = upgradeBody('v1.29');
    body.spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep = 99;
    const { status, body: error } = await upgrade(testSimulator(), prod, body);
    expect(status).toBe(400);
    expect(error).toEqual({
      errorCode: 'CCE.01400001',
      errorMessage: expect.stringMatching(/^Invalid request: spec\.clusterUpgradeAction\.strategy\.inPlaceRollingUpdate\.userDefinedStep: /),
    });
  });

  it('rejects a body that is not JSON', async () => {
    expect(await upgrade(testSimulator(), prod, '{"metadata":')).toMatchObject({ status: 400, body: { errorCode: 'CCE.01400001' } });
  });

  it('refuses a cluster that is not Available', async () => {
    const { status, body } = await upgrade(testSimulator(), demoClusters['staging-web'].id, upgradeBody('v1.28'));
    expect(status).toBe(400);
    expect(body['errorMessage']).toMatch(/Unavailable/);
  });

  it('refuses a target not offered by upgradeinfo with CCE.01400015', async () => {
    const sim = testSimulator();
    expect(await upgrade(sim, demoClusters['legacy-batch'].id, upgradeBody('v1.29'))).toMatchObject({ status: 400, body: { errorCode: 'CCE.01400015' } });
    expect(await upgrade(sim, demoClusters['edge-gateway'].id, upgradeBody('v1.32'))).toMatchObject({ status: 400, body: { errorCode: 'CCE.01400015' } });
  });

  it('refuses node pool ids the cluster does not have', async () => {
    const body = upgradeBody('v1.29', { nodePoolOrder: { DefaultPool: 1, '11111111-2222-4333-8444-555555555555': 3 } });
    const { status, body: error } = await upgrade(testSimulator(), prod, body);
    expect(status).toBe(400);
    expect(error['errorMessage']).toContain('nodePoolOrder.11111111-2222-4333-8444-555555555555');
  });

  it('refuses an add-on version that does not support the target', async () => {
    const body = upgradeBody('v1.29', { addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.27.1' }] });
    const { status, body: error } = await upgrade(testSimulator(), prod, body);
    expect(status).toBe(400);
    expect(error['errorMessage']).toContain('addons.0.version');
  });
});

describe('UpgradeCluster task lifecycle', () => {
  it('runs Init → Running → Success on the injected clock and lands the cluster on the target', async () => {
    const sim = testSimulator(DURATION);
    const started = await upgrade(sim, prod, upgradeBody('v1.29', { addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5' }] }));
    expect(started.status).toBe(200);
    const response = cceOperations.upgradeCluster.response.parse(started.body);
    expect(response.spec.clusterUpgradeAction).toMatchObject({ version: 'v1.28.15-r30', targetVersion: 'v1.29', targetPlatformVersion: 'cce.11.0', config: {} });
    const task_id = response.metadata.uid;

    expect((await read(sim, 'showCluster', { cluster_id: prod })).status.phase).toBe('Upgrading');
    expect((await read(sim, 'showUpgradeTask', { cluster_id: prod, task_id })).status).toMatchObject({ phase: 'Init', progress: '0%' });
    expect((await upgrade(sim, prod, upgradeBody('v1.29'))).status).toBe(400);

    sim.clock.now += DURATION * 0.45;
    const running = await read(sim, 'showUpgradeTask', { cluster_id: prod, task_id });
    expect(running.status).toMatchObject({ phase: 'Running', progress: '45%' });
    expect(running.spec.items).toMatchObject({ stage: 'Nodes', totalNodes: 60 });
    const upgrading = (await read(sim, 'listNodes', { cluster_id: prod })).items.filter((n) => n.status.phase === 'Upgrading');
    expect(upgrading.length).toBeGreaterThan(0);
    expect(upgrading.length).toBeLessThanOrEqual(8);

    sim.clock.now += DURATION * 0.5;
    const addons = (await read(sim, 'listAddonInstances', {}, `cluster_id=${prod}`)).items;
    expect(addons.find((a) => a.spec.addonTemplateName === 'coredns')?.status?.status).toBe('upgrading');

    sim.clock.now += DURATION * 0.05;
    const done = await read(sim, 'showUpgradeTask', { cluster_id: prod, task_id });
    expect(done.status).toMatchObject({ phase: 'Success', progress: '100%', completionTime: expect.any(String) });
    const cluster = await read(sim, 'showCluster', { cluster_id: prod });
    expect([cluster.spec.version, cluster.status.phase]).toEqual(['v1.29', 'Available']);
    const info = await read(sim, 'showUpgradeInfo', { cluster_id: prod });
    expect(info.spec.versionInfo).toMatchObject({ release: 'v1.29.13', patch: 'r10', targetVersions: ['v1.30', 'v1.31'] });
    expect((await read(sim, 'listNodes', { cluster_id: prod })).items.every((n) => n.status.phase === 'Active')).toBe(true);
    const coredns = (await read(sim, 'listAddonInstances', {}, `cluster_id=${prod}`)).items.find((a) => a.spec.addonTemplateName === 'coredns');
    expect(coredns?.spec.version).toBe('1.29.5');

    const history = await read(sim, 'listUpgradeTasks', { cluster_id: prod });
    expect(history.items.map((t) => t.status.phase)).toEqual(['Success', 'Success']);
    expect(history.items[0]?.metadata.uid).toBe(task_id);
  });

  it('walks every node through Upgrading in batches no larger than userDefinedStep', async () => {
    const sim = testSimulator(DURATION);
    const cluster_id = demoClusters['legacy-batch'].id;
    const body = upgradeBody('v1.27.16-r40', { isOnlyUpgrade: true });
    body.spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep = 2;
    expect((await upgrade(sim, cluster_id, body)).status).toBe(200);
    const seen = new Set<string>();
    for (let t = 0; t < DURATION; t += DURATION / 200) {
      sim.clock.now += DURATION / 200;
      const batch = (await read(sim, 'listNodes', { cluster_id })).items.filter((n) => n.status.phase === 'Upgrading');
      expect(batch.length).toBeLessThanOrEqual(2);
      batch.forEach((n) => seen.add(n.metadata.uid));
    }
    expect(seen.size).toBe(12);
    expect((await read(sim, 'showCluster', { cluster_id })).spec.version).toBe('v1.27');
  });

  it('upgrades nodes wave by wave in exactly the order the planner predicts from the Kubernetes labels', async () => {
    const sim = testSimulator(DURATION);
    const pools = (await read(sim, 'listNodePools', { cluster_id: prod }, 'showDefaultNodePool=true')).items;
    const nodes = (await read(sim, 'listNodes', { cluster_id: prod })).items;
    const k8s = await sim.app.inject({ url: `/k8s/${prod}/api/v1/nodes`, headers: { authorization: `Bearer ${sim.app.simulator.kubernetesToken}` } });
    const labels = kubernetesNodeListSchema.parse(k8s.json()).items.map((item) => ({ name: item.metadata.name, labels: item.metadata.labels ?? {} }));
    const general = pools.find((pool) => pool.metadata.name === 'general-x86')!.metadata.uid;
    const body = upgradeBody('v1.29', {
      nodePoolOrder: { [general]: 10 },
      nodeOrder: { [general]: [{ nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 1 }] },
    });
    const inventory = buildInventory(pools, nodes, labelSource({ source: 'kubernetes', nodes: labels }));
    const predicted = computeWaves(inventory.pools, inventory.nodes, body.spec.clusterUpgradeAction).map((wave) => wave.nodes.map((n) => n.name).sort());
    const task_id = cceOperations.upgradeCluster.response.parse((await upgrade(sim, prod, body)).body).metadata.uid;

    const seen: string[][] = [];
    for (let t = 0; t < DURATION; t += DURATION / 500) {
      sim.clock.now += DURATION / 500;
      const wave = (await read(sim, 'listNodes', { cluster_id: prod })).items.filter((n) => n.status.phase === 'Upgrading').map((n) => n.metadata.name).sort();
      if (wave.length > 0 && wave.join() !== seen.at(-1)?.join()) {
        seen.push(wave);
        const items = (await read(sim, 'showUpgradeTask', { cluster_id: prod, task_id })).spec.items;
        expect(items).toMatchObject({ currentWave: seen.length, totalWaves: predicted.length });
      }
    }
    const [canary] = handLabelledNodes('prod-payments', 'upgrade-wave', 'canary').filter((n) => n.poolName === 'general-x86');
    expect(seen[0]).toEqual([canary?.name]);
    expect(seen).toEqual(predicted);
  });

  it('answers 404 for an unknown task id', async () => {
    const response = await signedInject(testSimulator(), { url: apiPath('showUpgradeTask', { cluster_id: prod, task_id: 'no-such-task' }) });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ errorCode: 'CCE.01404001' });
  });
});
