import { describe, expect, it } from 'vitest';
import { buildInventory, derivedLabels } from '../shared/inventory';
import { kubernetesNodeListSchema } from '../shared/node-labels';
import { demoClusters } from './app';
import { read } from './testing/cce-calls';
import type { TestSimulator } from './testing/signed-inject';
import { testSimulator } from './testing/signed-inject';
import { clusterControl } from './testing/sim-controls';

const cluster_id = demoClusters['prod-payments'].id;
const unknownCluster = '00000000-0000-4000-8000-000000000000';

/** The node list the cluster's Kubernetes API serves, as the BFF reads it for a kubeconfig cluster. */
async function kubernetesLabels(sim: TestSimulator, clusterId = cluster_id) {
  const response = await sim.app.inject({ url: `/k8s/${clusterId}/api/v1/nodes`, headers: { authorization: `Bearer ${sim.app.simulator.kubernetesToken}` } });
  return new Map(kubernetesNodeListSchema.parse(response.json()).items.map((item) => [item.metadata.name, item.metadata.labels ?? {}]));
}

/** The inventory as the planner builds it without a kubeconfig: CCE's pools and nodes, labels derived from them. */
async function cceInventory(sim: TestSimulator) {
  const pools = await read(sim, 'listNodePools', { cluster_id }, 'showDefaultNodePool=true');
  const nodes = await read(sim, 'listNodes', { cluster_id });
  return { pools: pools.items, nodes: nodes.items, planning: buildInventory(pools.items, nodes.items, derivedLabels) };
}

describe('/__sim/ added nodes', () => {
  it('adds a node with a generated name to a pool: ListNodes, the pool counts and Kubernetes all show it', async () => {
    const sim = testSimulator();
    const before = await cceInventory(sim);
    const added = await clusterControl(sim, 'POST', `${cluster_id}/pools/gpu-inference/nodes`, { labels: { 'upgrade-wave': 'canary' } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: expect.stringMatching(/^gpu-inference-[0-9a-f]{5}$/), poolName: 'gpu-inference', privateIp: expect.stringMatching(/^192\.168\.\d+\.\d+$/) });
    expect(added.body['labels']).toMatchObject({ 'upgrade-wave': 'canary', accelerator: 'nvidia-t4', 'cce.cloud.com/cce-nodepool': 'gpu-inference' });

    const after = await cceInventory(sim);
    expect(after.nodes).toHaveLength(before.nodes.length + 1);
    const node = after.nodes.find((n) => n.metadata.uid === added.body['uid']);
    expect(node).toMatchObject({ metadata: { name: added.body['name'] }, spec: { flavor: 'pi2.2xlarge.4', az: 'cn-north-4a' }, status: { phase: 'Active' } });
    const pool = after.pools.find((p) => p.metadata.name === 'gpu-inference');
    expect(pool?.status?.currentNode).toBe(9);
    expect(after.pools.find((p) => p.metadata.name === 'gpu-inference')?.spec.initialNodeCount).toBe(9);
    expect(after.planning.pools.find((p) => p.name === 'gpu-inference')?.nodeCount).toBe(9);
    expect(new Set(after.nodes.map((n) => n.status.privateIP)).size).toBe(after.nodes.length);

    const labels = await kubernetesLabels(sim);
    expect(labels.size).toBe(after.nodes.length);
    expect(labels.get(String(added.body['privateIp']))).toMatchObject({ 'upgrade-wave': 'canary', 'cce.cloud.com/cce-nodepool': 'gpu-inference' });
  });

  it('takes a name, lists the node after its pool-mates, and refuses a taken name', async () => {
    const sim = testSimulator();
    const added = await clusterControl(sim, 'POST', `${cluster_id}/pools/DefaultPool/nodes`, { name: 'node-drift' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'node-drift', poolId: 'DefaultPool', poolName: 'DefaultPool' });
    const nodes = await read(sim, 'listNodes', { cluster_id });
    expect(nodes.items.findIndex((n) => n.metadata.name === 'node-drift')).toBe(6);
    expect((await clusterControl(sim, 'POST', `${cluster_id}/pools/DefaultPool/nodes`, { name: 'node-drift' })).status).toBe(409);
  });

  it('refuses bad bodies, unknown pools and unknown clusters with a message', async () => {
    const sim = testSimulator();
    const add = (url: string, payload?: unknown) => clusterControl(sim, 'POST', url, payload);
    expect(await add(`${cluster_id}/pools/gpu-inference/nodes`, { name: 'Upper_Case' })).toMatchObject({ status: 400, body: { message: expect.stringContaining('name') } });
    expect((await add(`${cluster_id}/pools/gpu-inference/nodes`, { labels: { 'bad key!': 'x' } })).status).toBe(400);
    expect((await add(`${cluster_id}/pools/gpu-inference/nodes`, { zone: 'cn-north-4a' })).status).toBe(400);
    expect(await add(`${cluster_id}/pools/no-such-pool/nodes`)).toMatchObject({ status: 404, body: { pools: expect.arrayContaining(['general-x86']) } });
    expect((await add(`${unknownCluster}/pools/DefaultPool/nodes`)).status).toBe(404);
  });
});

describe('/__sim/ relabelled nodes', () => {
  it('sets and removes Kubernetes labels by name, uid or IP; CCE’s node resources do not change', async () => {
    const sim = testSimulator();
    const before = await cceInventory(sim);
    const target = before.nodes.find((n) => n.metadata.ownerReferences?.nodepoolName === 'memory-optimized');
    if (!target) throw new Error('seed has no memory-optimized node');
    const relabel = (node: string, labels: Record<string, string | null>) => clusterControl(sim, 'PATCH', `${cluster_id}/nodes/${node}/labels`, { labels });

    const byName = await relabel(target.metadata.name, { 'upgrade-wave': 'canary', workload: null });
    expect(byName.status).toBe(200);
    expect(byName.body).toMatchObject({ uid: target.metadata.uid, name: target.metadata.name, poolName: 'memory-optimized' });
    expect(byName.body['labels']).not.toHaveProperty('workload');
    expect((await relabel(target.metadata.uid, { tier: 'gold' })).status).toBe(200);
    expect((await relabel(target.status.privateIP ?? '', { 'upgrade-wave': null })).status).toBe(200);

    const served = (await kubernetesLabels(sim)).get(target.status.privateIP ?? '');
    expect(served).toMatchObject({ tier: 'gold', 'cce.cloud.com/cce-nodepool': 'memory-optimized' });
    expect(served).not.toHaveProperty('workload');
    expect(served).not.toHaveProperty('upgrade-wave');
    // Without a kubeconfig the planner derives labels from CCE's data, which a hand relabel never reaches.
    const after = await cceInventory(sim);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.planning).toEqual(before.planning);
  });

  it('refuses an empty change, bad label values, unknown nodes and unknown clusters', async () => {
    const sim = testSimulator();
    const nodes = await read(sim, 'listNodes', { cluster_id });
    const name = nodes.items[0]?.metadata.name ?? '';
    const relabel = (cluster: string, node: string, payload: unknown) => clusterControl(sim, 'PATCH', `${cluster}/nodes/${node}/labels`, payload);
    expect(await relabel(cluster_id, name, { labels: {} })).toMatchObject({ status: 400, body: { message: expect.stringContaining('at least one label') } });
    expect((await relabel(cluster_id, name, { labels: { tier: 'not a value' } })).status).toBe(400);
    expect((await relabel(cluster_id, name, { tier: 'gold' })).status).toBe(400);
    expect((await relabel(cluster_id, 'node-nope', { labels: { tier: 'gold' } })).status).toBe(404);
    expect((await relabel(unknownCluster, name, { labels: { tier: 'gold' } })).status).toBe(404);
  });

  it('keeps every change until reset restores the seed', async () => {
    const sim = testSimulator();
    const seeded = await cceInventory(sim);
    const seededLabels = await kubernetesLabels(sim);
    const added = await clusterControl(sim, 'POST', `${cluster_id}/pools/arm-batch/nodes`, { labels: { tier: 'gold' } });
    await clusterControl(sim, 'PATCH', `${cluster_id}/nodes/${seeded.nodes[0]?.metadata.uid ?? ''}/labels`, { labels: { tier: 'gold' } });
    expect((await kubernetesLabels(sim)).get(String(added.body['privateIp']))).toMatchObject({ tier: 'gold', 'kubernetes.io/arch': 'arm64' });
    expect((await cceInventory(sim)).nodes).toHaveLength(seeded.nodes.length + 1);

    expect((await sim.app.inject({ method: 'POST', url: '/__sim/reset' })).statusCode).toBe(204);
    expect((await cceInventory(sim)).nodes).toEqual(seeded.nodes);
    expect(await kubernetesLabels(sim)).toEqual(seededLabels);
  });
});
