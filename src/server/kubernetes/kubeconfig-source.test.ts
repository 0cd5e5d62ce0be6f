import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimulator, demoClusters, handLabelledNodes, type SimulatorInstance } from '../../simulator/app';
import { buildTestBff } from '../testing/recording-upstream';
import { KubeconfigError, kubeconfigDirectory } from './kubeconfig-source';
import { labelFailureInEnglish, readNodeLabels } from './node-labels';

const prod = demoClusters['prod-payments'].id;
const legacy = demoClusters['legacy-batch'].id;
const SECRET = 'secret-inside-a-broken-kubeconfig';

// A kubeconfig as kubectl writes it, for a cluster served by a listening simulator.
const kubeconfigYaml = (server: string, token: string) => `apiVersion: v1
kind: Config
clusters:
  - name: demo
    cluster:
      server: ${server}
      insecure-skip-tls-verify: true
users:
  - name: planner
    user:
      token: ${token}
contexts:
  - name: demo
    context: { cluster: demo, user: planner }
current-context: demo
`;

let dir: string;
let simulator: SimulatorInstance;

beforeAll(async () => {
  simulator = buildSimulator({ credentials: { ak: 'KUBECONFIGTESTAK01', sk: 'kubeconfig-test-sk' }, projectId: '0123456789abcdef0123456789abcdef' });
  const address = await simulator.listen({ host: '127.0.0.1', port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'kubeconfigs-'));
  writeFileSync(join(dir, `${prod}.yaml`), kubeconfigYaml(`${address}/k8s/${prod}`, simulator.simulator.kubernetesToken));
  writeFileSync(join(dir, `${legacy}.json`), JSON.stringify({ clusters: [], users: [], contexts: [], 'current-context': '' }));
  writeFileSync(join(dir, `${demoClusters['big-analytics'].id}.yml`), `clusters: [unclosed\ntoken: ${SECRET}\n`);
});
afterAll(async () => {
  await simulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('kubeconfigDirectory', () => {
  it('loads <dir>/<cluster_id>.yaml and reads the real labels through it', async () => {
    const kc = kubeconfigDirectory(dir).kubeconfigFor(prod);
    expect(kc).toBeDefined();
    const answer = await readNodeLabels(kc!, 5000);
    if (answer.source !== 'kubernetes') throw new Error('expected kubernetes labels');
    const canaries = answer.nodes.filter((node) => node.labels['upgrade-wave'] === 'canary').map((node) => node.name);
    expect(canaries).toEqual(handLabelledNodes('prod-payments', 'upgrade-wave', 'canary').map((node) => node.privateIp));
  });

  it('has none for a cluster without a file, and says where to put one without naming the server\u2019s directory', () => {
    const source = kubeconfigDirectory(dir);
    const clusterId = demoClusters['edge-gateway'].id;
    expect(source.kubeconfigFor(clusterId)).toBeUndefined();
    expect(labelFailureInEnglish({ code: 'no-kubeconfig', where: source.missing }, clusterId)).toMatch(
      new RegExp(`: the preview uses labels derived from CCE data and cannot see labels set by hand\\. Put a kubeconfig at <KUBECONFIG_DIR>/${clusterId}\\.yaml to read real labels\\.$`),
    );
  });

  it.each([
    ['is not valid YAML', demoClusters['big-analytics'].id, `The kubeconfig <KUBECONFIG_DIR>/${demoClusters['big-analytics'].id}.yml is not a kubeconfig the planner can read`],
    ['names no current cluster', legacy, `The kubeconfig <KUBECONFIG_DIR>/${legacy}.json has no current context naming a cluster`],
  ])('refuses a file that %s, without quoting it or naming the server\u2019s directory', (_, clusterId, message) => {
    const load = () => kubeconfigDirectory(dir).kubeconfigFor(clusterId);
    expect(load).toThrow(KubeconfigError);
    expect(load).toThrow(message);
    expect(load).not.toThrow(SECRET);
    expect(load).not.toThrow(dir);
  });
});

describe('GET /api/clusters/:cluster_id/node-labels with KUBECONFIG_DIR', () => {
  it('answers real labels from a good file and a reason naming a broken one', async () => {
    const { app, logLines } = await buildTestBff('http://127.0.0.1:1', 1000, { kubeconfigs: kubeconfigDirectory(dir) });
    const good = await app.inject({ url: `/api/clusters/${prod}/node-labels` });
    expect(good.json()).toMatchObject({ source: 'kubernetes' });
    const broken = await app.inject({ url: `/api/clusters/${demoClusters['big-analytics'].id}/node-labels` });
    await app.close();
    expect(broken.json()).toEqual({
      source: 'derived',
      failure: { code: 'kubeconfig-unreadable', kubeconfig: `<KUBECONFIG_DIR>/${demoClusters['big-analytics'].id}.yml` },
      reason: expect.stringMatching(/is not a kubeconfig the planner can read.*: .* Fix or replace that file/),
    });
    expect(broken.body).not.toContain(dir);
    expect([broken.body, ...logLines].join('\n')).not.toContain(SECRET);
  });
});
