import type { PostCheck, PreCheckItem } from '../../shared/cce-responses';
import type { PostCheckRequest } from '../../shared/check-requests';
import type { SimCluster } from '../model';
import { minorOf } from '../../shared/upgrade-path';
import { activeTask } from '../store';
import { progressAt } from '../tasks';
import { nodesView } from '../views';

function item(name: string, passed: boolean, message: string): PreCheckItem {
  return { name, phase: passed ? 'Success' : 'Failed', message };
}

/** CreatePostCheck answers at once (reference §9): the cluster runs the target and no upgrade task is still open. */
export function postCheckResult(cluster: SimCluster, uid: string, spec: PostCheckRequest['spec'], now: number): PostCheck {
  const target = minorOf(spec.targetVersion);
  const running = cluster.resource.spec.version;
  const task = activeTask(cluster);
  const progress = task && progressAt(task, now);
  const abnormal = nodesView(cluster, now).filter((node) => node.status.phase !== 'Active').length;
  const items = [
    item('ClusterVersion', running === target, running === target ? `The cluster runs ${target}.` : `The cluster runs ${running}, not the target ${target}.`),
    item(
      'UpgradeTask',
      !progress,
      progress ? `Upgrade task ${task.uid} is still open (${progress.phase}, ${progress.percent} %); check again once it has succeeded.` : 'No upgrade task is open.',
    ),
    item('NodeStatus', abnormal === 0, abnormal === 0 ? 'Every node is Active.' : `${abnormal} node(s) are not Active.`),
  ];
  const failed = items.filter((i) => i.phase === 'Failed');
  return {
    apiVersion: 'v3',
    kind: 'PostCheckTask',
    metadata: { uid },
    spec,
    status: {
      phase: failed.length === 0 ? 'Success' : 'Failed',
      ...(failed.length > 0 ? { message: failed.map((i) => i.message).join(' ') } : {}),
      itemsStatus: items,
    },
  };
}
