import type { AddonTemplate, Cluster } from '../../shared/cce-responses';
import { cceTime, DAY_MS, SEED_EPOCH } from '../format';
import type { SimCluster, SimTask } from '../model';
import { baseAddons } from './addon-catalog';
import { seedAddonInstances, seedAddonTemplates } from './addons';
import type { ClusterSeed } from './demo-clusters';
import { demoClusters, ZONES } from './demo-clusters';
import { seedInventory } from './inventory';
import type { Prng } from './prng';
import { createPrng } from './prng';
import { releaseOf } from './versions';

export interface SimState {
  clusters: Map<string, SimCluster>;
  addonTemplates: AddonTemplate[];
}

function clusterResource(seed: ClusterSeed, index: number, rng: Prng): Cluster {
  const created = SEED_EPOCH - rng.int(400, 700) * DAY_MS;
  return {
    kind: 'Cluster',
    apiVersion: 'v3',
    metadata: {
      name: seed.name,
      uid: seed.id,
      alias: seed.name,
      creationTimestamp: cceTime(created),
      updateTimestamp: cceTime(SEED_EPOCH),
      labels: { FeatureGates: 'elbv3,' },
      annotations: {},
      timezone: 'Asia/Shanghai',
    },
    spec: {
      category: 'CCE',
      type: 'VirtualMachine',
      flavor: seed.flavor,
      version: seed.version,
      platformVersion: releaseOf(seed.version).platformVersion,
      description: seed.description,
      ipv6enable: false,
      hostNetwork: { vpc: rng.uuid(), subnet: rng.uuid(), SecurityGroup: rng.uuid() },
      containerNetwork: { mode: 'vpc-router', cidrs: [{ cidr: '10.0.0.0/16' }] },
      serviceNetwork: { IPv4CIDR: '10.247.0.0/16' },
      authentication: { mode: 'rbac' },
      billingMode: 0,
      masters: ZONES.map((availabilityZone) => ({ availabilityZone })),
      kubernetesSvcIpRange: '10.247.0.0/16',
      kubeProxyMode: 'iptables',
      az: 'multi_az',
    },
    status: {
      phase: seed.phase,
      ...(seed.message ? { reason: 'ClusterUnhealthy', message: seed.message } : {}),
      endpoints: [{ url: `https://192.168.${index * 10 + 9}.10:5443`, type: 'Internal' }],
    },
  };
}

/** A finished earlier upgrade, so task history and lastUpgradeInfo are not empty on day one. */
function pastUpgrade(seed: ClusterSeed, rng: Prng): SimTask[] {
  if (seed.name !== 'prod-payments') return [];
  return [{
    uid: rng.uuid(),
    version: 'v1.27.16-r40',
    targetVersion: 'v1.28',
    targetMinor: 'v1.28',
    targetPlatformVersion: releaseOf('v1.28').platformVersion,
    strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 20 } },
    addons: [],
    automaticAddons: [],
    waves: [],
    createdAt: SEED_EPOCH - 60 * DAY_MS,
    startedAt: SEED_EPOCH - 60 * DAY_MS,
    durationMs: 90 * 60_000,
    applied: true,
  }];
}

function seedCluster(seed: ClusterSeed, index: number): SimCluster {
  const rng = createPrng(seed.name);
  const resource = clusterResource(seed, index, rng);
  const inventory = seedInventory(seed, index, rng);
  const addons = seedAddonInstances(seed.id, seed.version, [...baseAddons, ...seed.extraAddons], rng);
  const { release } = releaseOf(seed.version);
  return { resource, release, patch: seed.patch, suggestPatch: seed.suggestPatch, ...inventory, addons, tasks: pastUpgrade(seed, rng), preChecks: [] };
}

/** A fresh copy of the demo fleet; every simulator instance owns its own, so tests never share state. */
export function seedState(): SimState {
  const seeds: ClusterSeed[] = Object.values(demoClusters);
  return {
    clusters: new Map(seeds.map((seed, i) => [seed.id, seedCluster(seed, i)])),
    addonTemplates: seedAddonTemplates(createPrng('addon-templates')),
  };
}
