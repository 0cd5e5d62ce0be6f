import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod/mini';
import { type ClusterNode, isUpgradeTaskFinished } from '../../shared/cce-responses';
import { cceOperations, type OperationName } from '../../shared/cce-operations';
import type { ClusterSnapshot } from '../../shared/cluster-snapshot';
import { buildInventory } from '../../shared/inventory';
import { labelSource } from '../../shared/node-labels';
import { namedOperation } from '../cce/allow-list';
import { callCce, type Upstream } from '../cce/client';
import type { KubeconfigSource } from '../kubernetes/kubeconfig-source';
import { nodeLabelsOf } from '../routes/node-labels';
import { BffHttpError } from '../errors';
import { BffCode } from '../../shared/bff-errors';

export { snapshotSha256 } from './snapshot-hash';

export interface SnapshotSource {
  upstream: Upstream;
  kubeconfigs: KubeconfigSource;
  kubernetesTimeoutMs: number;
}

const NODE_PAGE_SIZE = '2000';

type Response<N extends OperationName> = z.infer<(typeof cceOperations)[N]['response']>;

type Params = { cluster_id: string; task_id?: string };

/** One CCE read made by the BFF itself, parsed with the operation's shared schema. */
export async function readCce<N extends OperationName>(
  source: Pick<SnapshotSource, 'upstream'>,
  name: N,
  params: Params,
  query: Array<[string, string]>,
  log: FastifyBaseLogger,
): Promise<Response<N>> {
  const call = { ...namedOperation(name, { project_id: source.upstream.projectId, ...params }), query };
  const reply = await callCce(source.upstream, call, '', log);
  const parsed = cceOperations[name].response.safeParse(JSON.parse(reply.body));
  if (!parsed.success) {
    throw new BffHttpError(
      502,
      BffCode.UPSTREAM_MALFORMED,
      `CCE answered ${name} in a shape the planner could not read. Try again; if it persists, report it.`,
    );
  }
  return parsed.data as Response<N>;
}

async function allNodes(source: SnapshotSource, clusterId: string, log: FastifyBaseLogger): Promise<ClusterNode[]> {
  const nodes: ClusterNode[] = [];
  let marker: string | undefined;
  do {
    const page = await readCce(
      source,
      'listNodes',
      { cluster_id: clusterId },
      [['limit', NODE_PAGE_SIZE], ...(marker ? [['marker', marker] as [string, string]] : [])],
      log,
    );
    nodes.push(...page.items);
    marker = page.pageInfo?.nextMarker || undefined;
  } while (marker);
  return nodes;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cluster as it is now, read by the BFF itself from CCE (and the cluster's Kubernetes API for labels when it holds a
 * kubeconfig): what a revision is reviewed on and what submit compares against. Throws the upstream's BffHttpError when
 * CCE cannot be read: no snapshot, no save and no submit.
 */
export async function takeSnapshot(source: SnapshotSource, clusterId: string, log: FastifyBaseLogger, now = Date.now()): Promise<ClusterSnapshot> {
  const [cluster, pools, nodes, addons, tasks, labels] = await Promise.all([
    readCce(source, 'showCluster', { cluster_id: clusterId }, [], log),
    readCce(source, 'listNodePools', { cluster_id: clusterId }, [['showDefaultNodePool', 'true']], log),
    allNodes(source, clusterId, log),
    readCce(source, 'listAddonInstances', { cluster_id: clusterId }, [['cluster_id', clusterId]], log),
    readCce(source, 'listUpgradeTasks', { cluster_id: clusterId }, [], log),
    nodeLabelsOf(source.kubeconfigs, clusterId, source.kubernetesTimeoutMs, log),
  ]);
  const inventory = buildInventory(pools.items, nodes, labelSource(labels));
  const running = tasks.items.find((task) => !isUpgradeTaskFinished(task));
  return {
    takenAt: new Date(now).toISOString(),
    cluster: {
      id: clusterId,
      name: cluster.metadata.name,
      version: cluster.spec.version,
      patch: cluster.spec.platformVersion ?? '',
      phase: cluster.status?.phase ?? '',
    },
    pools: inventory.pools.map(({ id, name, flavors, nodeCount }) => ({ id, name, flavors, nodeCount })).sort((a, b) => byText(a.id, b.id)),
    nodes: inventory.nodes
      .map(({ uid, name, poolId, labels: nodeLabels }) => ({ uid, name, poolId, labels: { ...nodeLabels } }))
      .sort((a, b) => byText(a.uid, b.uid)),
    labelSource: labels.source,
    addons: addons.items
      .map((addon) => ({ name: addon.spec.addonTemplateName, version: addon.spec.version }))
      .sort((a, b) => byText(a.name, b.name) || byText(a.version, b.version)),
    runningTask: running ? { id: running.metadata.uid, phase: running.status.phase } : null,
  };
}
