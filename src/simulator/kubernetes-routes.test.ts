import { describe, expect, it } from 'vitest';
import { cceOperations } from '../shared/cce-operations';
import { buildInventory, derivedLabels } from '../shared/inventory';
import { kubernetesNodeListSchema } from '../shared/node-labels';
import { demoClusters, handLabelledNodes } from './app';
import { apiPath, signedInject, testSimulator, type TestSimulator } from './testing/signed-inject';

const prod = demoClusters['prod-payments'].id;
const nodesUrl = (clusterId: string) => `/k8s/${clusterId}/api/v1/nodes`;
const k8sGet = (sim: TestSimulator, url: string, authorization?: string) =>
  sim.app.inject({ url, headers: authorization === undefined ? {} : { authorization } });
const bearer = (sim: TestSimulator) => `Bearer ${sim.app.simulator.kubernetesToken}`;

async function cceRead<Op extends 'listNodePools' | 'listNodes'>(sim: TestSimulator, op: Op, query = '') {
  const response = await signedInject(sim, { url: apiPath(op, { cluster_id: prod }, query) });
  return cceOperations[op].response.parse(response.json()) as ReturnType<(typeof cceOperations)[Op]['response']['parse']>;
}

describe('simulated Kubernetes API', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer not-the-token'],
    ['AK/SK instead of a bearer token', 'SDK-HMAC-SHA256 Access=x, SignedHeaders=host, Signature=00'],
  ])('answers 401 in Kubernetes Status shape with %s', async (_, authorization) => {
    const response = await k8sGet(testSimulator(), nodesUrl(prod), authorization);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
  });

  it('answers 404 NotFound for a cluster it does not have', async () => {
    const sim = testSimulator();
    const response = await k8sGet(sim, nodesUrl('00000000-0000-4000-8000-000000000000'), bearer(sim));
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ kind: 'Status', reason: 'NotFound', code: 404 });
  });

  it('names nodes by private IP and serves the derived labels plus the ones set by hand', async () => {
    const sim = testSimulator();
    const response = await k8sGet(sim, nodesUrl(prod), bearer(sim));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ kind: 'NodeList', apiVersion: 'v1' });
    const list = kubernetesNodeListSchema.parse(response.json());
    const pools = await cceRead(sim, 'listNodePools', 'showDefaultNodePool=true');
    const cce = await cceRead(sim, 'listNodes');
    expect(list.items.map((item) => item.metadata.name)).toEqual(cce.items.map((node) => node.status.privateIP));

    const served = new Map(list.items.map((item) => [item.metadata.name, item.metadata.labels ?? {}]));
    const derived = buildInventory(pools.items, cce.items, derivedLabels).nodes;
    for (const node of derived) expect(served.get(node.privateIp)).toMatchObject(node.labels);

    const canaries = list.items.filter((item) => item.metadata.labels?.['upgrade-wave'] === 'canary').map((item) => item.metadata.name);
    expect(canaries).toEqual(handLabelledNodes('prod-payments', 'upgrade-wave', 'canary').map((node) => node.privateIp));
    const general = list.items.filter((item) => item.metadata.labels?.['cce.cloud.com/cce-nodepool'] === 'general-x86');
    expect(general.filter((item) => item.metadata.labels?.['upgrade-wave'] === 'canary')).toHaveLength(1);
    expect(general.every((item) => /^\d$/.test(item.metadata.labels?.['rack-index'] ?? ''))).toBe(true);
    expect(list.items.filter((item) => item.metadata.labels?.['upgrade-wave'] === 'late').length).toBeGreaterThanOrEqual(2);
  });

  it('serves canary nodes across several big-analytics pools', async () => {
    const sim = testSimulator();
    const list = kubernetesNodeListSchema.parse((await k8sGet(sim, nodesUrl(demoClusters['big-analytics'].id), bearer(sim))).json());
    expect(list.items).toHaveLength(2000);
    const canaryPools = new Set(
      list.items.filter((item) => item.metadata.labels?.['upgrade-wave'] === 'canary').map((item) => item.metadata.labels?.['cce.cloud.com/cce-nodepool']),
    );
    expect(canaryPools.size).toBeGreaterThanOrEqual(3);
  });
});

describe('simulated Kubernetes API during an upgrade', () => {
  it('cordons the upgrading wave and shows finished waves on the target kubelet version', async () => {
    const sim = testSimulator(100_000);
    const body = JSON.stringify({
      metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
      spec: { clusterUpgradeAction: { targetVersion: 'v1.29', strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 4 } } } },
    });
    expect((await signedInject(sim, { method: 'POST', url: apiPath('upgradeCluster', { cluster_id: prod }), body })).statusCode).toBe(200);
    sim.clock.now += 60_000;
    const items = (await k8sGet(sim, nodesUrl(prod), bearer(sim))).json().items as Array<{ spec: { unschedulable?: boolean }; status: { nodeInfo: { kubeletVersion: string } } }>;
    const versions = new Set(items.map((item) => item.status.nodeInfo.kubeletVersion));
    expect(versions).toEqual(new Set(['v1.28.15-r30', 'v1.29.13-r10']));
    expect(items.filter((item) => item.spec.unschedulable).length).toBeGreaterThan(0);
  });
});

describe('simulated Kubernetes API after a failed wave', () => {
  it('keeps the failed wave cordoned and NotReady', async () => {
    const sim = testSimulator(100_000);
    sim.app.simulator.failUpgrade(prod, 1, 'kubelet did not restart');
    const body = JSON.stringify({
      metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
      spec: { clusterUpgradeAction: { targetVersion: 'v1.29', strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 4 } } } },
    });
    expect((await signedInject(sim, { method: 'POST', url: apiPath('upgradeCluster', { cluster_id: prod }), body })).statusCode).toBe(200);
    sim.clock.now += 100_000;
    const items = (await k8sGet(sim, nodesUrl(prod), bearer(sim))).json().items as Array<{ spec: { unschedulable?: boolean }; status: { conditions: Array<{ status: string }> } }>;
    const cordoned = items.filter((item) => item.spec.unschedulable);
    expect(cordoned).toHaveLength(1);
    expect(cordoned[0]?.status.conditions[0]?.status).toBe('False');
    expect(items.filter((item) => item.status.conditions[0]?.status === 'False')).toHaveLength(1);
  });
});
