import type { AddonInstance, AddonTemplate } from '../../shared/cce-responses';
import type { AddonPatch } from '../../shared/upgrade-request';
import { cceTime, DAY_MS, SEED_EPOCH } from '../format';
import type { CatalogEntry, CatalogVersion } from './addon-catalog';
import { addonCatalog, catalogEntry, supportsCluster, supportVersionsOf } from './addon-catalog';
import type { Prng } from './prng';

function versionResource(entry: CatalogEntry, version: CatalogVersion, index: number) {
  const at = cceTime(SEED_EPOCH - (entry.versions.length - index) * 60 * DAY_MS);
  return {
    version: version.version,
    input: { basic: { ...entry.values.basic, swr_addr: 'swr.cn-north-4.myhuaweicloud.com', swr_user: 'hwofficial' }, parameters: { custom: entry.values.custom, flavor1: entry.values.flavor } },
    stable: version.stable ?? true,
    translate: {},
    supportVersions: supportVersionsOf(version),
    creationTimestamp: at,
    updateTimestamp: at,
  };
}

const currentVersion = (version: CatalogVersion) => ({ version: version.version, input: {}, stable: version.stable ?? true, supportVersions: supportVersionsOf(version), translate: {} });

/** An add-on after an upgrade moved it: the new version (and values, if given) on spec and status alike. */
export function applyAddonPatch(addon: AddonInstance, patch: AddonPatch, at: number): void {
  const version = catalogEntry(patch.addonTemplateName)?.versions.find((v) => v.version === patch.version);
  addon.spec.version = patch.version;
  if (patch.values) addon.spec.values = patch.values;
  addon.metadata['updateTimestamp'] = cceTime(at);
  if (addon.status && version) addon.status['currentVersion'] = currentVersion(version);
}

/** Seeded once per simulator: the template list is global to the region, not per cluster. */
export function seedAddonTemplates(rng: Prng): AddonTemplate[] {
  return addonCatalog.map((entry) => ({
    kind: 'Addon',
    apiVersion: 'v3',
    metadata: { uid: rng.uuid(), name: entry.name, alias: entry.alias, labels: {}, creationTimestamp: cceTime(SEED_EPOCH - 400 * DAY_MS) },
    spec: {
      type: 'helm',
      require: entry.require,
      labels: [...entry.labels],
      description: entry.description,
      logoURL: '',
      readmeURL: '',
      versions: entry.versions.map((version, i) => versionResource(entry, version, i)),
    },
  }));
}

/** The installed version is the oldest one that fits the cluster, so most clusters have add-ons to move along. */
function installedVersion(entry: CatalogEntry, clusterVersion: string): CatalogVersion {
  const fit = entry.versions.find((v) => supportsCluster(v, clusterVersion));
  if (!fit) throw new Error(`seed error: no ${entry.name} version supports ${clusterVersion}`);
  return fit;
}

export function seedAddonInstances(clusterId: string, clusterVersion: string, names: readonly string[], rng: Prng): AddonInstance[] {
  return addonCatalog
    .filter((entry) => names.includes(entry.name))
    .map((entry) => {
      const version = installedVersion(entry, clusterVersion);
      const created = cceTime(SEED_EPOCH - rng.int(30, 300) * DAY_MS);
      return {
        kind: 'Addon',
        apiVersion: 'v3',
        metadata: { uid: rng.uuid(), name: entry.name, alias: entry.name, creationTimestamp: created, updateTimestamp: created },
        spec: {
          clusterID: clusterId,
          version: version.version,
          addonTemplateName: entry.name,
          addonTemplateType: 'helm',
          addonTemplateLabels: [...entry.labels],
          description: entry.description,
          values: {
            basic: { ...entry.values.basic, image_version: version.version, swr_addr: 'swr.cn-north-4.myhuaweicloud.com', swr_user: 'hwofficial' },
            custom: { ...entry.values.custom, cluster_id: clusterId, tenant_id: 'tenant-demo' },
            flavor: entry.values.flavor,
          },
        },
        status: {
          status: 'running',
          Reason: '',
          message: '',
          targetVersions: null,
          currentVersion: currentVersion(version),
          isRollbackable: false,
        },
      };
    });
}
