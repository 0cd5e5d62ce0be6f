import type { OperationHandler } from '../operations';
import { cceTime } from '../format';
import type { SimCluster } from '../model';
import { releases, targetsOf, upgradePaths } from '../seed/versions';
import type { SimStore } from '../store';
import { progressAt } from '../tasks';
import { clusterView } from '../views';

function lastUpgrade(cluster: SimCluster, now: number) {
  const task = cluster.tasks.at(-1);
  if (!task) return undefined;
  const progress = progressAt(task, now);
  return {
    phase: progress.phase,
    progress: `${progress.percent}%`,
    ...(progress.phase === 'Success' ? { completionTime: cceTime(progress.endsAt) } : {}),
  };
}

export function clusterHandlers(store: SimStore) {
  const listClusters: OperationHandler = ({ query, now }) => ({
    kind: 'Cluster',
    apiVersion: 'v3',
    items: store
      .clusters(now)
      .map((cluster) => clusterView(cluster, now, query['detail'] === 'true'))
      .filter((cluster) => (query['status'] ?? cluster.status.phase) === cluster.status.phase)
      .filter((cluster) => (query['type'] ?? cluster.spec.type) === cluster.spec.type),
  });

  const showCluster: OperationHandler = ({ params, query, now }) =>
    clusterView(store.cluster(params.cluster_id, now), now, query['detail'] === 'true');

  const showUpgradeInfo: OperationHandler = ({ params, now }) => {
    const cluster = store.cluster(params.cluster_id, now);
    const last = lastUpgrade(cluster, now);
    return {
      kind: 'UpgradeInfo',
      apiVersion: 'v3',
      metadata: { uid: cluster.resource.metadata.uid, name: cluster.resource.metadata.name },
      spec: {
        ...(last ? { lastUpgradeInfo: last } : {}),
        versionInfo: {
          release: cluster.release,
          patch: cluster.patch,
          ...(cluster.suggestPatch ? { suggestPatch: cluster.suggestPatch } : {}),
          targetVersions: targetsOf(cluster.resource.spec.version),
        },
        upgradeFeatureGates: { supportUpgradePageV4: true },
      },
      status: last ?? {},
    };
  };

  const listUpgradePaths: OperationHandler = () => ({
    apiVersion: 'v3',
    kind: 'UpgradePath',
    metadata: {},
    upgradePaths: Object.entries(upgradePaths).map(([version, targetVersions]) => ({
      version,
      platformVersion: releases[version]?.platformVersion,
      targetVersions,
    })),
  });

  return { listClusters, showCluster, showUpgradeInfo, listUpgradePaths };
}
