import { describe, expect, it } from 'vitest';
import { cceOperations } from '../../shared/cce-operations';
import { demoClusters } from '../app';
import { apiPath, signedInject, testSimulator, TEST_PROJECT_ID } from '../testing/signed-inject';

const ids = Object.fromEntries(Object.entries(demoClusters).map(([name, c]) => [name, c.id])) as Record<keyof typeof demoClusters, string>;

async function get(url: string, sim = testSimulator()) {
  const response = await signedInject(sim, { url });
  return { status: response.statusCode, body: response.json() as unknown };
}

describe('project and resource scoping', () => {
  it('answers 403 in CCE shape for a foreign project', async () => {
    const { status, body } = await get(apiPath('listClusters').replace(TEST_PROJECT_ID, 'a'.repeat(32)));
    expect(status).toBe(403);
    expect(body).toEqual({ errorCode: 'CCE.01403001', errorMessage: expect.any(String) });
  });

  it('answers 404 CCE.01404001 for an unknown cluster and for an unknown route', async () => {
    const unknown = await get(apiPath('showCluster', { cluster_id: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown).toEqual({ status: 404, body: { errorCode: 'CCE.01404001', errorMessage: expect.stringContaining('not found') } });
    expect((await get('/api/v3/projects/x/nothing-here')).status).toBe(404);
  });
});

describe('seeded fleet', () => {
  it('lists the five demo clusters with their phases', async () => {
    const { body } = await get(apiPath('listClusters'));
    const list = cceOperations.listClusters.response.parse(body);
    expect(Object.fromEntries(list.items.map((c) => [c.metadata.name, [c.metadata.uid, c.spec.version, c.status.phase]]))).toEqual({
      'prod-payments': [ids['prod-payments'], 'v1.28', 'Available'],
      'legacy-batch': [ids['legacy-batch'], 'v1.25', 'Available'],
      'big-analytics': [ids['big-analytics'], 'v1.29', 'Available'],
      'edge-gateway': [ids['edge-gateway'], 'v1.31', 'Available'],
      'staging-web': [ids['staging-web'], 'v1.27', 'Unavailable'],
    });
    expect(list.items.find((c) => c.metadata.name === 'staging-web')?.status.message).toBeTruthy();
  });

  it('filters clusters by status and adds node totals with detail=true', async () => {
    const sim = testSimulator();
    const unavailable = cceOperations.listClusters.response.parse((await get(apiPath('listClusters', {}, 'status=Unavailable'), sim)).body);
    expect(unavailable.items.map((c) => c.metadata.name)).toEqual(['staging-web']);
    const detail = cceOperations.showCluster.response.parse((await get(apiPath('showCluster', { cluster_id: ids['prod-payments'] }, 'detail=true'), sim)).body);
    expect(detail.metadata['annotations']).toMatchObject({ totalNodesNumber: '60' });
  });

  it('serves prod-payments with about 60 nodes in five pools, DefaultPool only on request', async () => {
    const sim = testSimulator();
    const cluster_id = ids['prod-payments'];
    const pools = cceOperations.listNodePools.response.parse((await get(apiPath('listNodePools', { cluster_id }), sim)).body);
    expect(pools.items.map((p) => p.metadata.name)).toEqual(['general-x86', 'gpu-inference', 'arm-batch', 'memory-optimized']);
    const all = cceOperations.listNodePools.response.parse((await get(apiPath('listNodePools', { cluster_id }, 'showDefaultNodePool=true'), sim)).body);
    expect(all.items[0]?.metadata).toMatchObject({ name: 'DefaultPool', uid: 'DefaultPool' });
    expect(all.items.find((p) => p.metadata.name === 'gpu-inference')?.spec.nodeTemplate).toMatchObject({
      flavor: 'pi2.2xlarge.4',
      k8sTags: { 'cce.cloud.com/cce-nodepool': 'gpu-inference' },
    });
    const nodes = cceOperations.listNodes.response.parse((await get(apiPath('listNodes', { cluster_id }), sim)).body);
    expect(nodes.items).toHaveLength(60);
    expect(nodes.pageInfo).toEqual({ currentCount: 60 });
    const poolIds = new Set(all.items.map((p) => p.metadata.uid));
    expect(nodes.items.every((n) => poolIds.has(n.metadata.ownerReferences?.nodepoolID ?? ''))).toBe(true);
    expect(new Set(nodes.items.map((n) => n.spec.az))).toEqual(new Set(['cn-north-4a', 'cn-north-4b', 'cn-north-4c']));
    expect(new Set(nodes.items.map((n) => n.status.privateIP)).size).toBe(60);
  });

  it('serves big-analytics with exactly 2,000 nodes in 40 pools, paged by marker', async () => {
    const sim = testSimulator();
    const cluster_id = ids['big-analytics'];
    const pools = cceOperations.listNodePools.response.parse((await get(apiPath('listNodePools', { cluster_id }, 'showDefaultNodePool=true'), sim)).body);
    expect(pools.items).toHaveLength(40);
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const query = `limit=600${marker ? `&marker=${marker}` : ''}`;
      const page = cceOperations.listNodes.response.parse((await get(apiPath('listNodes', { cluster_id }, query), sim)).body);
      seen.push(...page.items.map((n) => n.metadata.uid));
      expect(page.pageInfo?.currentCount).toBe(page.items.length);
      marker = page.pageInfo?.nextMarker;
      pages++;
    } while (marker);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(2000);
    const whole = cceOperations.listNodes.response.parse((await get(apiPath('listNodes', { cluster_id }), sim)).body);
    expect(whole.items).toHaveLength(2000);
  });

  it('rejects an out-of-range limit and an unknown marker with 400', async () => {
    const sim = testSimulator();
    const cluster_id = ids['legacy-batch'];
    expect((await get(apiPath('listNodes', { cluster_id }, 'limit=2001'), sim)).body).toMatchObject({ errorCode: 'CCE.01400001', errorMessage: expect.stringContaining('limit') });
    expect((await get(apiPath('listNodes', { cluster_id }, 'marker=nope'), sim)).status).toBe(400);
  });

  it('is deterministic: two simulators seed the same node ids', async () => {
    const url = apiPath('listNodes', { cluster_id: ids['legacy-batch'] });
    expect((await get(url)).body).toEqual((await get(url)).body);
  });
});

describe('versions', () => {
  it('offers prod-payments v1.29 and v1.30 from release v1.28.15-r30', async () => {
    const info = cceOperations.showUpgradeInfo.response.parse((await get(apiPath('showUpgradeInfo', { cluster_id: ids['prod-payments'] }))).body);
    expect(info.spec.versionInfo).toEqual({ release: 'v1.28.15', patch: 'r30', suggestPatch: 'r50', targetVersions: ['v1.29', 'v1.30'] });
    expect(info.spec.lastUpgradeInfo?.phase).toBe('Success');
  });

  it('offers legacy-batch one hop only while the path table continues further', async () => {
    const sim = testSimulator();
    const info = cceOperations.showUpgradeInfo.response.parse((await get(apiPath('showUpgradeInfo', { cluster_id: ids['legacy-batch'] }), sim)).body);
    expect(info.spec.versionInfo.targetVersions).toEqual(['v1.27']);
    const paths = cceOperations.listUpgradePaths.response.parse((await get(apiPath('listUpgradePaths'), sim)).body);
    const next = (v: string) => paths.upgradePaths.find((p) => p.version === v)?.targetVersions;
    expect([next('v1.25'), next('v1.27'), next('v1.28')]).toEqual([['v1.27'], ['v1.28', 'v1.29'], ['v1.29', 'v1.30']]);
  });

  it('offers edge-gateway nothing', async () => {
    const info = cceOperations.showUpgradeInfo.response.parse((await get(apiPath('showUpgradeInfo', { cluster_id: ids['edge-gateway'] }))).body);
    expect(info.spec.versionInfo).toMatchObject({ release: 'v1.31.6', targetVersions: [] });
  });
});

describe('add-ons', () => {
  it('requires cluster_id and lists the installed add-ons with their values', async () => {
    const sim = testSimulator();
    expect((await get(apiPath('listAddonInstances'), sim)).body).toMatchObject({ errorCode: 'CCE.01400001' });
    const { body } = await get(apiPath('listAddonInstances', {}, `cluster_id=${ids['prod-payments']}`), sim);
    const addons = cceOperations.listAddonInstances.response.parse(body);
    expect(addons.items.map((a) => a.spec.addonTemplateName).sort()).toEqual(
      ['autoscaler', 'coredns', 'everest', 'gpu-device-plugin', 'metrics-server', 'npd'],
    );
    expect(addons.items.every((a) => a.status?.status === 'running' && a.spec.values && 'basic' in a.spec.values && 'flavor' in a.spec.values)).toBe(true);
  });

  it('lists templates with per-version cluster regexes and honours addon_template_name', async () => {
    const sim = testSimulator();
    const all = cceOperations.listAddonTemplates.response.parse((await get(apiPath('listAddonTemplates'), sim)).body);
    expect(all.items.length).toBeGreaterThanOrEqual(7);
    const only = cceOperations.listAddonTemplates.response.parse((await get(apiPath('listAddonTemplates', {}, 'addon_template_name=coredns'), sim)).body);
    expect(only.items.map((t) => t.metadata.name)).toEqual(['coredns']);
    const regexes = only.items[0]!.spec.versions.map((v) => v.supportVersions?.[0]?.clusterVersion?.join());
    expect(new Set(regexes).size).toBe(regexes.length);
    expect(only.items[0]!.spec.versions[0]?.supportVersions?.[0]).toMatchObject({ clusterType: 'VirtualMachine', category: ['CCE', 'Turbo'] });
  });
});
