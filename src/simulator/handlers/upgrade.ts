import { randomUUID } from 'node:crypto';
import { upgradeRequestSchema } from '../../shared/upgrade-request';
import { automaticAddonPatches } from '../check-rules/addon-compatibility';
import { invalidRequest, notFound } from '../errors';
import type { OperationHandler } from '../operations';
import { releaseOf } from '../seed/versions';
import type { SimStore } from '../store';
import { progressAt, resumeTask, taskView } from '../tasks';
import { planWaves } from '../waves';
import { checkUpgradable, parseBody } from './request-validation';

export interface UpgradeHandlerOptions {
  store: SimStore;
  upgradeDurationMs: number;
}

export function upgradeHandlers({ store, upgradeDurationMs }: UpgradeHandlerOptions) {
  const upgradeCluster: OperationHandler = ({ params, body, now }) => {
    const cluster = store.cluster(params.cluster_id, now);
    const { spec } = parseBody(upgradeRequestSchema, body);
    const action = spec.clusterUpgradeAction;
    const targetMinor = checkUpgradable(cluster, action, now);
    const version = `${cluster.release}-${cluster.patch}`;
    const targetPlatformVersion = releaseOf(targetMinor).platformVersion;
    const uid = randomUUID();
    const addons = action.addons ?? [];
    cluster.tasks.push({
      uid,
      version,
      targetVersion: action.targetVersion,
      targetMinor,
      targetPlatformVersion,
      strategy: action.strategy,
      addons,
      automaticAddons: automaticAddonPatches(cluster.addons, cluster.resource.spec.version, targetMinor, addons),
      waves: planWaves(cluster, action),
      createdAt: now,
      startedAt: now,
      durationMs: upgradeDurationMs,
      ...(cluster.nextUpgradeFailure ? { failure: cluster.nextUpgradeFailure } : {}),
      applied: false,
    });
    cluster.nextUpgradeFailure = undefined;
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

  /** Reference §8.3: no body, an empty answer; only the cluster's latest task, and only when it Failed. */
  const retryUpgrade: OperationHandler = ({ params, now }) => {
    const task = store.cluster(params.cluster_id, now).tasks.at(-1);
    if (!task || progressAt(task, now).phase !== 'Failed') throw invalidRequest('no failed upgrade task to retry');
    resumeTask(task, now);
    return {};
  };

  return { upgradeCluster, showUpgradeTask, listUpgradeTasks, retryUpgrade };
}
