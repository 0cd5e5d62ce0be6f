import { randomUUID } from 'node:crypto';
import { notFound } from '../errors';
import type { OperationHandler } from '../operations';
import { releaseOf } from '../seed/versions';
import type { SimStore } from '../store';
import { taskView } from '../tasks';
import { planWaves } from '../waves';
import { checkUpgradable, parseUpgradeBody } from './upgrade-checks';

export interface UpgradeHandlerOptions {
  store: SimStore;
  upgradeDurationMs: number;
}

export function upgradeHandlers({ store, upgradeDurationMs }: UpgradeHandlerOptions) {
  const upgradeCluster: OperationHandler = ({ params, body, now }) => {
    const cluster = store.cluster(params.cluster_id, now);
    const { spec } = parseUpgradeBody(body);
    const action = spec.clusterUpgradeAction;
    const targetMinor = checkUpgradable(cluster, action, now);
    const version = `${cluster.release}-${cluster.patch}`;
    const targetPlatformVersion = releaseOf(targetMinor).platformVersion;
    const uid = randomUUID();
    cluster.tasks.push({
      uid,
      version,
      targetVersion: action.targetVersion,
      targetMinor,
      targetPlatformVersion,
      strategy: action.strategy,
      addons: action.addons ?? [],
      waves: planWaves(cluster, action),
      startedAt: now,
      durationMs: upgradeDurationMs,
      applied: false,
    });
    return {
      metadata: { uid },
      spec: { clusterUpgradeAction: { version, targetVersion: action.targetVersion, targetPlatformVersion, strategy: action.strategy, config: {} } },
    };
  };

  const showUpgradeTask: OperationHandler = ({ params, now }) => {
    const task = store.cluster(params.cluster_id, now).tasks.find((t) => t.uid === params.task_id);
    if (!task) throw notFound(`Upgrade task ${params.task_id ?? ''}`);
    return taskView(task, now);
  };

  const listUpgradeTasks: OperationHandler = ({ params, now }) => ({
    apiVersion: 'v3',
    kind: 'UpgradeTaskList',
    metadata: {},
    // Newest first: the planner shows the running task on top.
    items: store.cluster(params.cluster_id, now).tasks.map((task) => taskView(task, now)).reverse(),
  });

  return { upgradeCluster, showUpgradeTask, listUpgradeTasks };
}
