import { describe, expect, it } from 'vitest';
import { demoClusters } from './app';
import { read, upgrade, upgradeBody } from './testing/cce-calls';
import type { TestSimulator } from './testing/signed-inject';
import { testSimulator } from './testing/signed-inject';
import { clusterControl } from './testing/sim-controls';

const cluster_id = demoClusters['prod-payments'].id;
const unknownCluster = '00000000-0000-4000-8000-000000000000';

const bump = (sim: TestSimulator, payload?: unknown, clusterId: string = cluster_id) => clusterControl(sim, 'POST', `${clusterId}/patch`, payload);
const setAddon = (sim: TestSimulator, addon: string, payload: unknown, clusterId: string = cluster_id) => clusterControl(sim, 'PUT', `${clusterId}/addons/${addon}`, payload);

/** Installed add-on versions by name, as ListAddonInstances serves them to the BFF. */
async function addonVersions(sim: TestSimulator) {
  const list = await read(sim, 'listAddonInstances', {}, `cluster_id=${cluster_id}`);
  return Object.fromEntries(list.items.map((addon) => [addon.spec.addonTemplateName, addon.spec.version]));
}

describe('/__sim/ patch bumps', () => {
  it('moves the platformVersion to the next patch, and the release patch one step, where the BFF reads them', async () => {
    const sim = testSimulator();
    expect((await read(sim, 'showCluster', { cluster_id })).spec.platformVersion).toBe('cce.10.0');
    expect(await bump(sim)).toEqual({ status: 200, body: { platformVersion: 'cce.10.1', previous: 'cce.10.0', patch: 'r31' } });
    expect((await read(sim, 'showCluster', { cluster_id })).spec.platformVersion).toBe('cce.10.1');
    const listed = await read(sim, 'listClusters', {});
    expect(listed.items.find((c) => c.metadata.uid === cluster_id)?.spec.platformVersion).toBe('cce.10.1');
    expect((await read(sim, 'showUpgradeInfo', { cluster_id })).spec.versionInfo).toMatchObject({ release: 'v1.28.15', patch: 'r31', suggestPatch: 'r50' });

    expect((await bump(sim, { to: 'next' })).body).toMatchObject({ platformVersion: 'cce.10.2', patch: 'r32' });
    expect((await bump(sim, { to: 'cce.10.7' })).body).toMatchObject({ platformVersion: 'cce.10.7', previous: 'cce.10.2' });
    expect((await read(sim, 'showCluster', { cluster_id })).spec.platformVersion).toBe('cce.10.7');
  });

  it('refuses the patch it is on, a malformed one, a cluster mid-upgrade and an unknown cluster', async () => {
    const sim = testSimulator();
    expect(await bump(sim, { to: 'cce.10.0' })).toMatchObject({ status: 400, body: { message: expect.stringContaining('already on cce.10.0') } });
    expect((await bump(sim, { to: 'r40' })).status).toBe(400);
    expect((await bump(sim, { to: 'next', extra: true })).status).toBe(400);
    expect((await bump(sim, undefined, unknownCluster)).status).toBe(404);
    expect((await upgrade(sim, cluster_id, upgradeBody('v1.29'))).status).toBeLessThan(300);
    expect(await bump(sim)).toMatchObject({ status: 409, body: { message: expect.stringContaining('upgrade task running') } });
  });
});

describe('/__sim/ add-on versions', () => {
  it('moves an installed add-on to another catalogued version, in ListAddonInstances and the cluster detail', async () => {
    const sim = testSimulator();
    const seeded = await addonVersions(sim);
    expect(seeded['coredns']).toBe('1.27.1');
    expect(await setAddon(sim, 'coredns', { version: '1.28.7' })).toEqual({ status: 200, body: { name: 'coredns', version: '1.28.7', previous: '1.27.1' } });
    expect(await addonVersions(sim)).toEqual({ ...seeded, coredns: '1.28.7' });
    const list = await read(sim, 'listAddonInstances', {}, `cluster_id=${cluster_id}`);
    expect(list.items.find((a) => a.spec.addonTemplateName === 'coredns')?.status).toMatchObject({ currentVersion: { version: '1.28.7' } });
    const detail = await read(sim, 'showCluster', { cluster_id }, 'detail=true');
    const installed = JSON.parse(String((detail.metadata['annotations'] as Record<string, string>)['installedAddonInstances'])) as { addonTemplateName: string; version: string }[];
    expect(installed.find((a) => a.addonTemplateName === 'coredns')?.version).toBe('1.28.7');
  });

  it('refuses versions the catalogue lacks, add-ons not installed and unknown clusters, naming what there is', async () => {
    const sim = testSimulator();
    expect(await setAddon(sim, 'coredns', { version: '9.9.9' })).toMatchObject({ status: 400, body: { versions: expect.arrayContaining(['1.28.7']) } });
    expect(await setAddon(sim, 'coredns', { version: '1.27.1' })).toMatchObject({ status: 400, body: { message: expect.stringContaining('already on') } });
    expect((await setAddon(sim, 'coredns', {})).status).toBe(400);
    expect(await setAddon(sim, 'volcano', { version: '1.13.3' })).toMatchObject({ status: 404, body: { installed: expect.arrayContaining(['coredns']) } });
    expect((await setAddon(sim, 'coredns', { version: '1.28.7' }, unknownCluster)).status).toBe(404);
  });

  it('keeps patch and add-on changes until reset restores the seed', async () => {
    const sim = testSimulator();
    const seeded = await addonVersions(sim);
    await bump(sim);
    await setAddon(sim, 'everest', { version: '2.4.28' });
    expect((await read(sim, 'showCluster', { cluster_id })).spec.platformVersion).toBe('cce.10.1');
    expect((await sim.app.inject({ method: 'POST', url: '/__sim/reset' })).statusCode).toBe(204);
    expect((await read(sim, 'showCluster', { cluster_id })).spec.platformVersion).toBe('cce.10.0');
    expect((await read(sim, 'showUpgradeInfo', { cluster_id })).spec.versionInfo.patch).toBe('r30');
    expect(await addonVersions(sim)).toEqual(seeded);
  });
});
