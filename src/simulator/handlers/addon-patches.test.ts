import { describe, expect, it } from 'vitest';
import { assessAddon, clusterTraits } from '../../shared/addon-compat';
import { cceOperations } from '../../shared/cce-operations';
import type { AddonPatch, UpgradeRequest } from '../../shared/upgrade-request';
import { demoClusters } from '../app';
import type { TestSimulator } from '../testing/signed-inject';
import { apiPath, signedInject, testSimulator } from '../testing/signed-inject';

const prod = demoClusters['prod-payments'].id;

const upgradeBody = (addons: AddonPatch[]): UpgradeRequest => ({
  metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
  spec: { clusterUpgradeAction: { targetVersion: 'v1.29', strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 20 } }, addons } },
});

async function get<Op extends 'showCluster' | 'listAddonInstances' | 'listAddonTemplates'>(sim: TestSimulator, op: Op, query = '') {
  const response = await signedInject(sim, { url: apiPath(op, { cluster_id: prod }, query) });
  expect(response.statusCode).toBe(200);
  return cceOperations[op].response.parse(response.json()) as ReturnType<(typeof cceOperations)[Op]['response']['parse']>;
}

const post = (sim: TestSimulator, body: UpgradeRequest) =>
  signedInject(sim, { method: 'POST', url: apiPath('upgradeCluster', { cluster_id: prod }), body: JSON.stringify(body) });

describe('add-on templates as the planner reads them', () => {
  it('gives prod-payments real choices for v1.29: flagged add-ons, stable and not-yet-stable versions', async () => {
    const sim = testSimulator();
    const cluster = await get(sim, 'showCluster');
    const templates = (await get(sim, 'listAddonTemplates')).items;
    const traits = clusterTraits(cluster, 'v1.29');
    const coredns = (await get(sim, 'listAddonInstances', `cluster_id=${prod}`)).items.find((a) => a.spec.addonTemplateName === 'coredns')!;
    const assessed = assessAddon('coredns', coredns.spec.version, templates.find((t) => t.metadata.name === 'coredns'), traits);
    expect(assessed).toMatchObject({ currentVersion: '1.27.1', current: 'unsupported', proposal: '1.29.5' });
    expect(assessed.options.map((o) => [o.version, o.stable])).toEqual([['1.29.5', true], ['1.28.7', true], ['1.29.11', false]]);
  });

  it('serves an ARM64 entry only for versions built for ARM, each with its categories', async () => {
    const gpu = (await get(testSimulator(), 'listAddonTemplates', 'addon_template_name=gpu-device-plugin')).items[0]!;
    expect(gpu.spec.versions.map((v) => v.supportVersions?.map((s) => `${s.clusterType}:${s.category?.join('+')}`))).toEqual([
      ['VirtualMachine:CCE'], ['VirtualMachine:CCE'], ['VirtualMachine:CCE+Turbo'],
    ]);
  });
});

describe('UpgradeCluster with add-on patches', () => {
  it('refuses, in CCE’s error shape, a patch to a version that does not support the target, and starts nothing', async () => {
    const sim = testSimulator();
    const response = await post(sim, upgradeBody([
      { addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5' },
      { addonTemplateName: 'everest', operation: 'patch', version: '2.3.14' },
    ]));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      errorCode: 'CCE.03400001',
      errorMessage: 'Invalid request: spec.clusterUpgradeAction.addons.1.version: everest 2.3.14 does not support cluster version v1.29',
    });
    expect((await get(sim, 'showCluster')).status.phase).toBe('Available');
  });

  it('lands the asked-for version and values on the patched add-on, keeping the values of the ones CCE moves itself', async () => {
    const sim = testSimulator(100_000);
    const before = (await get(sim, 'listAddonInstances', `cluster_id=${prod}`)).items;
    const coredns = before.find((a) => a.spec.addonTemplateName === 'coredns')!;
    const values = { ...coredns.spec.values, flavor: { name: '5000', replicas: 4 } };
    expect((await post(sim, upgradeBody([{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5', values }]))).statusCode).toBe(200);

    sim.clock.now += 100_000;
    const after = (await get(sim, 'listAddonInstances', `cluster_id=${prod}`)).items;
    expect(after.find((a) => a.spec.addonTemplateName === 'coredns')?.spec).toMatchObject({ version: '1.29.5', values });
    // Add-ons the plan does not patch keep their values; CCE may move their version itself (as the task lists).
    const valuesOfOthers = (list: typeof before) => list.filter((a) => a.spec.addonTemplateName !== 'coredns').map((a) => [a.spec.addonTemplateName, a.spec.values]);
    expect(valuesOfOthers(after)).toEqual(valuesOfOthers(before));
  });

  it('moves an unpatched add-on itself only where a version runs on both sides of the upgrade, as the planner tells its users', async () => {
    const sim = testSimulator(100_000);
    const before = (await get(sim, 'listAddonInstances', `cluster_id=${prod}`)).items;
    const versionOf = (list: typeof before, name: string) => list.find((a) => a.spec.addonTemplateName === name)?.spec.version;
    expect((await post(sim, upgradeBody([]))).statusCode).toBe(200);
    sim.clock.now += 100_000;
    const after = (await get(sim, 'listAddonInstances', `cluster_id=${prod}`)).items;
    // coredns has versions for v1.28 and v1.29 alike: CCE moves it. autoscaler is built per minor: no version bridges, so it stays.
    expect(versionOf(after, 'coredns')).not.toBe(versionOf(before, 'coredns'));
    expect(versionOf(after, 'autoscaler')).toBe(versionOf(before, 'autoscaler'));
  });
});

