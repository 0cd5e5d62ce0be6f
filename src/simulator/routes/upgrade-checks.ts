import type { ClusterUpgradeAction, UpgradeRequest } from '../../shared/upgrade-request';
import { upgradeRequestSchema } from '../../shared/upgrade-request';
import { fieldIssues } from '../../shared/issues';
import { CceError, invalidFields, invalidRequest } from '../errors';
import type { SimCluster } from '../model';
import { catalogEntry, supportsCluster } from '../seed/addon-catalog';
import { minorOf, targetsOf } from '../seed/versions';
import { clusterView } from '../views';

const ACTION = 'spec.clusterUpgradeAction';

/** The one shared schema decides what a well-formed body is; nothing here re-states it. */
export function parseUpgradeBody(raw: string): UpgradeRequest {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw invalidRequest('(body): must be a JSON document');
  }
  const parsed = upgradeRequestSchema.safeParse(json);
  if (!parsed.success) throw invalidFields(fieldIssues(parsed.error));
  return parsed.data;
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

/** CCE's own preconditions for starting an upgrade, beyond the body's shape. Returns the target minor. */
export function checkUpgradable(cluster: SimCluster, action: ClusterUpgradeAction, now: number): string {
  const { phase } = clusterView(cluster, now, false).status;
  if (phase !== 'Available') {
    throw new CceError(400, 'CCE.01400001', `Cluster ${cluster.resource.metadata.name} is ${phase}; only an Available cluster can be upgraded`);
  }
  const current = cluster.resource.spec.version;
  const offered = targetsOf(current);
  const targetMinor = minorOf(action.targetVersion);
  if (!offered.includes(targetMinor)) {
    throw new CceError(
      400,
      'CCE.01400015',
      `Cluster version ${action.targetVersion} is not supported: ${current} can be upgraded to ${offered.join(', ') || 'no version yet'}`,
    );
  }
  checkPools(cluster, action);
  checkAddons(cluster, action, targetMinor);
  return targetMinor;
}
