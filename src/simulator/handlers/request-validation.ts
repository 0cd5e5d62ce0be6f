import type { z } from 'zod/mini';
import type { ClusterUpgradeAction } from '../../shared/upgrade-request';
import { fieldIssues } from '../../shared/issues';
import { upgradeFindings } from '../check-rules/findings';
import { CceError, invalidFields, invalidRequest } from '../errors';
import type { SimCluster } from '../model';
import { catalogEntry, supportsCluster } from '../seed/addon-catalog';
import { targetsOf } from '../seed/versions';
import { minorOf } from '../../shared/upgrade-path';
import { clusterView } from '../views';

const ACTION = 'spec.clusterUpgradeAction';

/** The operation's one shared schema decides what a well-formed body is; nothing here re-states it. */
export function parseBody<T>(schema: z.ZodMiniType<T>, raw: string): T {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw invalidRequest('(body): must be a JSON document');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidFields(fieldIssues(parsed.error));
  return parsed.data;
}

/** Check bodies name their cluster again; CCE refuses one that disagrees with the path. */
export function checkBodyCluster(cluster: SimCluster, clusterID: string): void {
  if (clusterID !== cluster.resource.metadata.uid) {
    throw invalidRequest(`spec.clusterID: ${clusterID} is not the cluster in the path (${cluster.resource.metadata.uid})`);
  }
}

function checkPools(cluster: SimCluster, action: ClusterUpgradeAction): void {
  const known = new Set(cluster.pools.map((pool) => pool.metadata.uid));
  const issues = (['nodePoolOrder', 'nodeOrder'] as const).flatMap((field) =>
    Object.keys(action[field] ?? {})
      .filter((poolId) => !known.has(poolId))
      .map((poolId) => ({ path: `${ACTION}.${field}.${poolId}`, message: 'no such node pool in this cluster' })),
  );
  if (issues.length > 0) throw invalidFields(issues);
}

function checkAddons(cluster: SimCluster, action: ClusterUpgradeAction, targetMinor: string): void {
  const issues = (action.addons ?? []).flatMap((addon, index) => {
    const path = `${ACTION}.addons.${index}`;
    if (!cluster.addons.some((installed) => installed.spec.addonTemplateName === addon.addonTemplateName)) {
      return [{ path: `${path}.addonTemplateName`, message: `add-on ${addon.addonTemplateName} is not installed in this cluster` }];
    }
    const version = catalogEntry(addon.addonTemplateName)?.versions.find((v) => v.version === addon.version);
    if (!version) return [{ path: `${path}.version`, message: `${addon.addonTemplateName} has no version ${addon.version}` }];
    if (!supportsCluster(version, targetMinor)) {
      return [{ path: `${path}.version`, message: `${addon.addonTemplateName} ${addon.version} does not support cluster version ${targetMinor}` }];
    }
    return [];
  });
  if (issues.length > 0) throw new CceError(400, 'CCE.03400001', `Invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
}

/** The cluster is Available and offers the target, for an upgrade and its pre-check alike. Returns the target minor. */
export function checkTarget(cluster: SimCluster, targetVersion: string, now: number): string {
  const { phase } = clusterView(cluster, now, false).status;
  if (phase !== 'Available') {
    throw new CceError(400, 'CCE.01400001', `Cluster ${cluster.resource.metadata.name} is ${phase}; only an Available cluster can be upgraded`);
  }
  const current = cluster.resource.spec.version;
  const offered = targetsOf(current);
  const targetMinor = minorOf(targetVersion);
  if (!offered.includes(targetMinor)) {
    throw new CceError(
      400,
      'CCE.01400015',
      `Cluster version ${targetVersion} is not supported: ${current} can be upgraded to ${offered.join(', ') || 'no version yet'}`,
    );
  }
  return targetMinor;
}

/**
 * UpgradeCluster's built-in pre-check (skipped with isOnlyUpgrade: true): every Exception the pre-check would report
 * blocks the upgrade unless the body patches the add-on it is about. Risks never block it.
 */
function checkBuiltIn(cluster: SimCluster, action: ClusterUpgradeAction, targetMinor: string): void {
  if (action.isOnlyUpgrade) return;
  const patched = new Set((action.addons ?? []).map((addon) => addon.addonTemplateName));
  const blocking = upgradeFindings(cluster, targetMinor).filter(
    ({ item, addonTemplateName }) => item.kind === 'Exception' && !(addonTemplateName !== undefined && patched.has(addonTemplateName)),
  );
  if (blocking.length === 0) return;
  throw new CceError(
    400,
    'CCE.01400001',
    `The upgrade's pre-upgrade check found ${blocking.length} blocking problem(s): ${blocking.map(({ item }) => item.message).join(' ')}`,
  );
}

/** CCE's own preconditions for starting an upgrade, beyond the body's shape. Returns the target minor. */
export function checkUpgradable(cluster: SimCluster, action: ClusterUpgradeAction, now: number): string {
  const targetMinor = checkTarget(cluster, action.targetVersion, now);
  checkPools(cluster, action);
  checkAddons(cluster, action, targetMinor);
  checkBuiltIn(cluster, action, targetMinor);
  return targetMinor;
}
