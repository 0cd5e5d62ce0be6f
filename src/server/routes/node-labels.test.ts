import { KubeConfig } from '@kubernetes/client-node';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../../shared/bff-api';
import { cceOperations, fillPath } from '../../shared/cce-operations';
import { buildInventory, poolIdOf } from '../../shared/inventory';
import { labelSource, nodeLabelsSchema } from '../../shared/node-labels';
import { demoClusters, handLabelledNodes, type SimulatorInstance } from '../../simulator/app';
import { buildApp } from '../app';
import { DEMO_PROJECT_ID, startDemoUpstream } from '../demo';
import type { KubeconfigSource } from '../kubernetes/kubeconfig-source';
import { buildTestBff, startRecordingUpstream, TEST_CLUSTER } from '../testing/recording-upstream';
import { testDatabase } from '../testing/test-database';

const prod = demoClusters['prod-payments'].id;
const labelsUrl = (clusterId: string) => `/api/clusters/${clusterId}/node-labels`;
const TOKEN = 'kube-token-that-must-never-be-logged-0123456789';

/** One kubeconfig for every cluster, pointing wherever the test says. */
function kubeconfigAt(server: string, token = TOKEN): KubeconfigSource {
  return {
    kubeconfigFor() {
      const kc = new KubeConfig();
      kc.loadFromOptions({
        clusters: [{ name: 'test', server, skipTLSVerify: true }],
        users: [{ name: 'test', token }],
        contexts: [{ name: 'test', cluster: 'test', user: 'test' }],
        currentContext: 'test',
      });
      return kc;
    },
    missing: 'unset',
  };
}

describe('node labels in demo mode: BFF → @kubernetes/client-node → simulator over real HTTP', () => {
  let bff: FastifyInstance;
  let simulator: SimulatorInstance;
  beforeAll(async () => {
    const demo = await startDemoUpstream({ mode: 'demo', host: '127.0.0.1', port: 0, logLevel: 'silent', timeoutMs: 5000, simulatorPort: 0, simulatorUpgradeMs: 60_000 });
    simulator = demo.simulator;
    bff = await buildApp({ database: await testDatabase(), upstream: demo.upstream, kubeconfigs: demo.kubeconfigs, session: { mode: 'demo', region: 'cn-north-4', projectId: DEMO_PROJECT_ID }, logLevel: 'silent' });
  });
  afterAll(async () => {
    await bff.close();
    await simulator.close();
  });

  it('answers the real labels, canary included, and every CCE node finds its own', async () => {
    const response = await bff.inject({ url: labelsUrl(prod) });
    expect(response.statusCode).toBe(200);
    const answer = nodeLabelsSchema.parse(response.json());
    if (answer.source !== 'kubernetes') throw new Error(`expected kubernetes labels, got: ${answer.reason}`);

    const read = async <Op extends 'listNodePools' | 'listNodes'>(op: Op, query = '') => {
      const url = `/api/cce${fillPath(cceOperations[op].path, { project_id: DEMO_PROJECT_ID, cluster_id: prod })}${query}`;
      return cceOperations[op].response.parse((await bff.inject({ url })).json()) as ReturnType<(typeof cceOperations)[Op]['response']['parse']>;
    };
    const pools = (await read('listNodePools', '?showDefaultNodePool=true')).items;
    const nodes = (await read('listNodes')).items;
    const labelsOf = labelSource(answer);
    const byName = new Map(answer.nodes.map((node) => [node.name, node.labels]));
    const known = new Set(pools.map((pool) => pool.metadata.uid));
    for (const node of nodes) {
      const pool = pools.find((p) => p.metadata.uid === poolIdOf(node, known));
      expect(labelsOf(node, pool), node.metadata.name).toBe(byName.get(node.status.privateIP ?? ''));
    }

    const inventory = buildInventory(pools, nodes, labelsOf);
    const canaries = inventory.nodes.filter((node) => node.labels['upgrade-wave'] === 'canary').map((node) => node.name);
    expect(canaries).toEqual(handLabelledNodes('prod-payments', 'upgrade-wave', 'canary').map((node) => node.name));
  });

  it('answers derived for a cluster the simulator has no Kubernetes API for', async () => {
    const answer = nodeLabelsSchema.parse((await bff.inject({ url: labelsUrl(TEST_CLUSTER) })).json());
    expect(answer).toEqual({ source: 'derived', failure: { code: 'no-kubeconfig', where: 'demo' }, reason: expect.stringMatching(/^No kubeconfig for this cluster: .*cannot see labels set by hand\. In demo mode/) });
  });
});

describe('node labels when the Kubernetes API cannot be read', () => {
  let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
  beforeAll(async () => {
    upstream = await startRecordingUpstream();
  });
  afterAll(() => upstream.close());

  async function labelsThrough(kubeconfigs: KubeconfigSource | undefined, clusterId = TEST_CLUSTER, kubernetesTimeoutMs = 1000) {
    const { app, logLines } = await buildTestBff(upstream.endpoint, 1000, { ...(kubeconfigs ? { kubeconfigs } : {}), kubernetesTimeoutMs });
    const response = await app.inject({ url: labelsUrl(clusterId) });
    await app.close();
    return { status: response.statusCode, body: response.json() as unknown, logLines };
  }

  it('without a kubeconfig: derived, saying how to give it one', async () => {
    const { status, body } = await labelsThrough(undefined);
    expect(status).toBe(200);
    expect(body).toEqual({
      source: 'derived',
      failure: { code: 'no-kubeconfig', where: 'unset' },
      reason: `No kubeconfig for this cluster: the preview uses labels derived from CCE data and cannot see labels set by hand. Set KUBECONFIG_DIR and put a kubeconfig at <KUBECONFIG_DIR>/${TEST_CLUSTER}.yaml to read real labels.`,
    });
  });

  it.each([
    ['an unreachable API server', () => kubeconfigAt('http://127.0.0.1:1'), /^The cluster's Kubernetes API could not be reached \(ECONNREFUSED\): .*Check the server address/, 'unreachable (ECONNREFUSED)', { code: 'unreachable', errno: 'ECONNREFUSED' }],
    [
      'refused credentials',
      () => (upstream.respondWith((_req, reply) => reply.code(401).send({ kind: 'Status', code: 401 })), kubeconfigAt(upstream.endpoint)),
      /refused the kubeconfig's credentials \(HTTP 401\): .*Renew the token/,
      'HTTP 401',
      { code: 'refused', status: 401 },
    ],
    ['a malformed node list', () => (upstream.respondWith(() => ({ items: 'nope' })), kubeconfigAt(upstream.endpoint)), /could not read/, 'malformed node list', { code: 'malformed' }],
    [
      'an API server that does not answer in time',
      () => (upstream.respondWith(() => new Promise((resolve) => setTimeout(() => resolve({ items: [] }), 1500))), kubeconfigAt(upstream.endpoint)),
      /did not answer within 0\.2 s/,
      'timeout',
      { code: 'timeout', seconds: 0.2 },
    ],
  ])('with %s: derived with the failure as data, a reason, a warning and no token in the log', async (_, source, reason, cause, failure) => {
    const { status, body, logLines } = await labelsThrough(source(), TEST_CLUSTER, 200);
    expect(status).toBe(200);
    expect(body).toEqual({ source: 'derived', failure, reason: expect.stringMatching(reason) });
    expect((body as { reason: string }).reason).toContain('cannot see labels set by hand');
    const warning = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line['level'] === 40);
    expect(warning).toMatchObject({ clusterId: TEST_CLUSTER, cause });
    expect(logLines.join('\n')).not.toContain(TOKEN);
  });

  it('follows no redirect: a 302 to another server is a failure, and that server never sees the token', async () => {
    const elsewhere = await startRecordingUpstream();
    try {
      upstream.received.length = 0;
      upstream.respondWith((_req, reply) => reply.code(302).header('location', `${elsewhere.endpoint}/api/v1/nodes`).send());
      const { status, body, logLines } = await labelsThrough(kubeconfigAt(upstream.endpoint));
      expect(status).toBe(200);
      expect(body).toEqual({
        source: 'derived',
        failure: { code: 'redirect', status: 302 },
        reason: expect.stringMatching(/^The cluster's Kubernetes API answered with a redirect \(HTTP 302\), which the planner does not follow.*Set the kubeconfig's server/),
      });
      expect(upstream.received).toHaveLength(1);
      expect(elsewhere.received).toEqual([]);
      expect(logLines.join('\n')).not.toContain(TOKEN);
    } finally {
      await elsewhere.close();
    }
  });

  it('sends the kubeconfig token as a bearer token to <server>/api/v1/nodes', async () => {
    upstream.received.length = 0;
    upstream.respondWith(() => ({ kind: 'NodeList', apiVersion: 'v1', items: [{ metadata: { name: '192.168.0.2', labels: { a: 'b' } } }] }));
    const { body } = await labelsThrough(kubeconfigAt(`${upstream.endpoint}/prefix`));
    expect(body).toEqual({ source: 'kubernetes', nodes: [{ name: '192.168.0.2', labels: { a: 'b' } }] });
    expect(upstream.received).toMatchObject([{ method: 'GET', url: '/prefix/api/v1/nodes', headers: { authorization: `Bearer ${TOKEN}` } }]);
  });

  it.each([
    ['not-a-cluster', 'BFF.INVALID_PATH', /cluster id/],
    [TEST_CLUSTER.toUpperCase(), 'BFF.INVALID_PATH', /cluster id/],
    [`${TEST_CLUSTER}%2F..`, 'BFF.BAD_TARGET', /percent-encoded|dot segments/],
  ])('refuses the cluster id %s with 400 in the BFF error shape', async (clusterId, code, message) => {
    const { status, body } = await labelsThrough(undefined, clusterId);
    expect(status).toBe(400);
    expect(bffErrorSchema.parse(body)).toMatchObject({ status: 400, code, message: expect.stringMatching(message) });
  });
});
