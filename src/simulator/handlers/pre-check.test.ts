import { describe, expect, it } from 'vitest';
import type { PreCheckItem, PreCheckTask } from '../../shared/cce-responses';
import type { PreCheckRequest } from '../../shared/check-requests';
import { demoClusters } from '../app';
import { cceTime } from '../format';
import { post, read } from '../testing/cce-calls';
import type { TestSimulator } from '../testing/signed-inject';
import { apiPath, signedInject, T0, testSimulator } from '../testing/signed-inject';

const prod = demoClusters['prod-payments'].id;
const legacy = demoClusters['legacy-batch'].id;
const PRE_CHECK_MS = 4_000;
const CANARY = 'general-x86-5fff4';

function preCheckBody(clusterID: string, targetVersion: string, extra: Partial<PreCheckRequest['spec']> = {}): PreCheckRequest {
  return { apiVersion: 'v3', kind: 'PreCheckTask', spec: { clusterID, targetVersion, ...extra } };
}

async function startPreCheck(sim: TestSimulator, clusterId: string, body: unknown) {
  const created = await post(sim, 'createPreCheck', { cluster_id: clusterId }, body);
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return (created.body as PreCheckTask).metadata.uid;
}

/** Runs a pre-check to its end on the injected clock and answers the finished report. */
async function finishedPreCheck(clusterId: string, body: unknown, sim = testSimulator()) {
  const task_id = await startPreCheck(sim, clusterId, body);
  sim.clock.now += PRE_CHECK_MS;
  return read(sim, 'showPreCheck', { cluster_id: clusterId, task_id });
}

const allItems = (task: PreCheckTask): PreCheckItem[] => [
  ...(task.status.clusterCheckStatus?.itemsStatus ?? []),
  ...(task.status.addonCheckStatus?.itemsStatus ?? []),
  ...(task.status.nodeCheckStatus?.nodeStageStatus.flatMap((node) => node.itemsStatus) ?? []),
];
const findings = (task: PreCheckTask) => allItems(task).filter((item) => item.phase === 'Failed');

describe('CreatePreCheck → ShowPreCheck', () => {
  it('runs Init, then Running with nothing reported, then Success with every item, on the injected clock', async () => {
    const sim = testSimulator();
    const created = await post(sim, 'createPreCheck', { cluster_id: prod }, preCheckBody(prod, 'v1.29', { clusterVersion: 'v1.28.15-r30' }));
    const task = created.body as PreCheckTask;
    expect(task).toMatchObject({ kind: 'PreCheckTask', spec: { clusterID: prod, targetVersion: 'v1.29' }, status: { phase: 'Init' } });
    const task_id = task.metadata.uid;
    const show = () => read(sim, 'showPreCheck', { cluster_id: prod, task_id });

    sim.clock.now += PRE_CHECK_MS * 0.05;
    expect((await show()).status.phase).toBe('Init');
    sim.clock.now += PRE_CHECK_MS * 0.5;
    const running = await show();
    expect(running.status.phase).toBe('Running');
    expect(allItems(running)).toEqual([]);
    expect(running.status.expireTimeStamp).toBeUndefined();

    sim.clock.now = T0 + PRE_CHECK_MS;
    const done = await show();
    expect(done.status.phase).toBe('Success');
    expect(done.status.clusterCheckStatus?.itemsStatus.map((i) => i.name)).toEqual(['ClusterResourceQuota', 'MasterComponentHealth', 'MasterNodeFlavor']);
    expect(done.status.addonCheckStatus?.itemsStatus).toHaveLength(6);
    expect(done.status.nodeCheckStatus?.nodeStageStatus).toHaveLength(60);
    expect(done.status.nodeCheckStatus?.nodeStageStatus[0]?.nodeInfo).toMatchObject({ status: 'Active', nodeType: 'node' });
    expect(done.metadata.updateTimestamp).toBe(cceTime(T0 + PRE_CHECK_MS));
  });

  it('expires 30 minutes after it completes', async () => {
    const done = await finishedPreCheck(prod, preCheckBody(prod, 'v1.30'));
    expect(done.status.expireTimeStamp).toBe(cceTime(T0 + PRE_CHECK_MS + 30 * 60_000));
  });

  it('reports exactly one Risk on prod-payments: a nearly full containerd disk on a node other than the canary', async () => {
    const done = await finishedPreCheck(prod, preCheckBody(prod, 'v1.29'));
    const [risk, ...others] = findings(done);
    expect(others).toEqual([]);
    expect(risk).toMatchObject({ name: 'NodeContainerdDisk', kind: 'Risk', group: 'NodeCheck', level: 'Warning', message: expect.stringMatching(/91 % full/) });
    const uid = risk?.riskSource?.nodeRisks?.[0]?.NodeID;
    const node = done.status.nodeCheckStatus?.nodeStageStatus.find((n) => n.nodeInfo.uid === uid);
    expect(node?.nodeInfo.name).toMatch(/^arm-batch-/);
    expect(node?.nodeInfo.name).not.toBe(CANARY);
    expect(risk?.message).toContain(node?.nodeInfo.name);
  });

  it('reports an Exception on legacy-batch for each add-on whose version does not support the target, naming a version to patch to', async () => {
    const done = await finishedPreCheck(legacy, preCheckBody(legacy, 'v1.27'));
    const found = findings(done);
    expect(found.map((f) => f.riskSource?.addonRisks?.[0]?.addonTemplateName).sort()).toEqual(['autoscaler', 'coredns']);
    expect(found.every((f) => f.kind === 'Exception' && f.group === 'AddonCheck' && f.level === 'Fatal')).toBe(true);
    const coredns = found.find((f) => f.riskSource?.addonRisks?.[0]?.addonTemplateName === 'coredns');
    expect(coredns?.riskSource?.addonRisks?.[0]).toEqual({ addonTemplateName: 'coredns', alias: 'CoreDNS' });
    expect(coredns?.message).toMatch(/1\.25\.1 does not support cluster version v1\.27.*Patch it to 1\.28\.7/);
  });

  it('reports skipped items as passed with a "Skipped:" message, node items only on the listed nodes, and never an Exception', async () => {
    const first = await finishedPreCheck(prod, preCheckBody(prod, 'v1.29'));
    const riskyNode = findings(first)[0]?.riskSource?.nodeRisks?.[0]?.NodeID ?? '';
    const otherNode = first.status.nodeCheckStatus?.nodeStageStatus.find((n) => n.nodeInfo.uid !== riskyNode)?.nodeInfo.uid ?? '';
    const skipped = await finishedPreCheck(
      prod,
      preCheckBody(prod, 'v1.29', {
        skippedCheckItemList: [
          { name: 'NodeContainerdDisk', resourceSelector: { key: 'node.uid', operator: 'In', values: [riskyNode] } },
          { name: 'MasterNodeFlavor' },
        ],
      }),
    );
    expect(findings(skipped)).toEqual([]);
    const nodeItems = (uid: string) => skipped.status.nodeCheckStatus?.nodeStageStatus.find((n) => n.nodeInfo.uid === uid)?.itemsStatus ?? [];
    expect(nodeItems(riskyNode).find((i) => i.name === 'NodeContainerdDisk')?.message).toMatch(/^Skipped: risk accepted.*91 % full/);
    expect(nodeItems(otherNode).find((i) => i.name === 'NodeContainerdDisk')).toEqual({ name: 'NodeContainerdDisk', phase: 'Success' });
    // Without a resourceSelector a node item is not skipped anywhere.
    const unselected = await finishedPreCheck(prod, preCheckBody(prod, 'v1.29', { skippedCheckItemList: [{ name: 'NodeContainerdDisk' }] }));
    expect(findings(unselected)).toEqual(findings(first));
    expect(skipped.status.clusterCheckStatus?.itemsStatus.find((i) => i.name === 'MasterNodeFlavor')).toMatchObject({ phase: 'Success', message: expect.stringMatching(/^Skipped:/) });

    const legacyFirst = await finishedPreCheck(legacy, preCheckBody(legacy, 'v1.27'));
    const names = findings(legacyFirst).map((f) => ({ name: f.name }));
    const legacySkipped = await finishedPreCheck(legacy, preCheckBody(legacy, 'v1.27', { skippedCheckItemList: names }));
    expect(findings(legacySkipped)).toEqual(findings(legacyFirst));
  });

  it('keeps the 2,000-node report of big-analytics well under 600 kB', async () => {
    const sim = testSimulator();
    const cluster_id = demoClusters['big-analytics'].id;
    const task_id = await startPreCheck(sim, cluster_id, preCheckBody(cluster_id, 'v1.30'));
    sim.clock.now += PRE_CHECK_MS;
    const response = await signedInject(sim, { url: apiPath('showPreCheck', { cluster_id, task_id }) });
    expect(response.json<PreCheckTask>().status.nodeCheckStatus?.nodeStageStatus).toHaveLength(2000);
    expect(Buffer.byteLength(response.body)).toBeLessThan(400_000);
  });

  it('refuses a body for another cluster, a bad body, an unavailable cluster and a target not offered', async () => {
    const sim = testSimulator();
    const refused = async (clusterId: string, body: unknown) => (await post(sim, 'createPreCheck', { cluster_id: clusterId }, body)).body;
    expect(await refused(prod, preCheckBody(legacy, 'v1.29'))).toMatchObject({ errorCode: 'CCE.01400001', errorMessage: expect.stringContaining('spec.clusterID') });
    expect(await refused(prod, { ...preCheckBody(prod, 'v1.29'), kind: 'PreCheck' })).toMatchObject({ errorCode: 'CCE.01400001', errorMessage: expect.stringContaining('kind') });
    expect(await refused(prod, preCheckBody(prod, 'v1.29', { clusterVersion: 'v1.27.16-r40' }))).toMatchObject({ errorMessage: expect.stringContaining('v1.28.15-r30') });
    const staging = demoClusters['staging-web'].id;
    expect(await refused(staging, preCheckBody(staging, 'v1.28'))).toMatchObject({ errorMessage: expect.stringContaining('Unavailable') });
    expect(await refused(legacy, preCheckBody(legacy, 'v1.29'))).toMatchObject({ errorCode: 'CCE.01400015' });
  });

  it('answers 404 for an unknown pre-check id', async () => {
    const response = await signedInject(testSimulator(), { url: apiPath('showPreCheck', { cluster_id: prod, task_id: 'no-such-check' }) });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ errorCode: 'CCE.01404001' });
  });

  it('can be made to report a check that could not run, with the fault body option', async () => {
    const sim = testSimulator();
    const task_id = await startPreCheck(sim, prod, preCheckBody(prod, 'v1.29'));
    sim.app.simulator.faults.set('showPreCheck', { body: { metadata: { uid: task_id }, spec: {}, status: { phase: 'Error', message: 'check agent unreachable' } } });
    expect((await read(sim, 'showPreCheck', { cluster_id: prod, task_id })).status).toEqual({ phase: 'Error', message: 'check agent unreachable' });
  });
});
