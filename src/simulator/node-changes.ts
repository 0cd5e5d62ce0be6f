import { randomUUID } from 'node:crypto';
import type { ClusterNode, NodePool } from '../shared/cce-responses';
import { poolIdOf } from '../shared/inventory';
import type { Labels } from '../shared/selectors';
import { ControlError } from './control-body';
import { kubernetesLabelsOf } from './kubernetes-nodes';
import type { SimCluster } from './model';
import { ZONES } from './seed/demo-clusters';
import { generatedNodeName, nodeResource, seededAddress } from './seed/inventory';

export interface NewNode {
  /** Default: generated as CCE names a pool's nodes. */
  name?: string;
  /** Kubernetes labels set by hand on the new node. */
  labels?: Readonly<Record<string, string>>;
}

/** Label changes by key: a value sets the label, null removes it. */
export type LabelChanges = Readonly<Record<string, string | null>>;

/** A node as a test needs to find it again: CCE's uid and name, its Kubernetes name (the IP) and labels. */
export interface ChangedNode {
  uid: string;
  name: string;
  privateIp: string;
  poolId: string;
  poolName: string;
  labels: Labels;
}

function findPool(cluster: SimCluster, pool: string): NodePool {
  const found = cluster.pools.find((p) => p.metadata.name === pool || p.metadata.uid === pool);
  if (!found) throw new ControlError(404, `cluster ${cluster.resource.metadata.name} has no node pool ${pool}`, { pools: cluster.pools.map((p) => p.metadata.name) });
  return found;
}

/** By CCE uid, CCE name or Kubernetes name (the private IP). */
function findNode(cluster: SimCluster, node: string): ClusterNode {
  const found = cluster.nodes.find((n) => n.metadata.uid === node || n.metadata.name === node || n.status.privateIP === node);
  if (!found) throw new ControlError(404, `cluster ${cluster.resource.metadata.name} has no node ${node}`);
  return found;
}

const poolOf = (cluster: SimCluster) => {
  const known = new Set(cluster.pools.map((pool) => pool.metadata.uid));
  return (node: ClusterNode) => poolIdOf(node, known);
};

function describe(cluster: SimCluster, node: ClusterNode): ChangedNode {
  const poolId = poolOf(cluster)(node);
  const pool = cluster.pools.find((p) => p.metadata.uid === poolId);
  return {
    uid: node.metadata.uid,
    name: node.metadata.name,
    privateIp: node.status.privateIP ?? '',
    poolId,
    poolName: pool?.metadata.name ?? poolId,
    labels: kubernetesLabelsOf(cluster)(node, pool),
  };
}

/** The next address of the cluster's own block (see seededAddress) that no node holds yet. */
function freeAddress(cluster: SimCluster): string {
  const taken = new Set(cluster.nodes.map((node) => node.status.privateIP));
  const block = Math.floor(Number(cluster.nodes[0]?.status.privateIP?.split('.')[2] ?? 200) / 10);
  let index = cluster.nodes.length;
  while (taken.has(seededAddress(block, index))) index++;
  return seededAddress(block, index);
}

function uniqueName(cluster: SimCluster, pool: NodePool, wanted: string | undefined): string {
  const taken = new Set(cluster.nodes.map((node) => node.metadata.name));
  if (wanted !== undefined && taken.has(wanted)) throw new ControlError(409, `cluster ${cluster.resource.metadata.name} already has a node named ${wanted}`);
  let name = wanted ?? generatedNodeName(pool.metadata.name, randomUUID().slice(0, 5));
  while (taken.has(name)) name = generatedNodeName(pool.metadata.name, randomUUID().slice(0, 5));
  return name;
}

/** A pool's counts follow its members, as after CCE scaled it. */
function recount(cluster: SimCluster, pool: NodePool): void {
  const poolIdOfNode = poolOf(cluster);
  const count = cluster.nodes.filter((node) => poolIdOfNode(node) === pool.metadata.uid).length;
  pool.spec.initialNodeCount = count;
  pool.status = { ...pool.status, currentNode: count, configurationSyncedNodeCount: count };
}

/** A new Active node in the pool, listed right after the pool's other nodes, as if the pool had scaled out. */
export function addNode(cluster: SimCluster, poolName: string, wanted: NewNode, at: number): ChangedNode {
  const pool = findPool(cluster, poolName);
  const template = pool.spec.nodeTemplate ?? {};
  const poolIdOfNode = poolOf(cluster);
  const members = cluster.nodes.filter((node) => poolIdOfNode(node) === pool.metadata.uid);
  const node = nodeResource({
    uid: randomUUID(),
    name: uniqueName(cluster, pool, wanted.name),
    serverId: randomUUID(),
    poolUid: pool.metadata.uid,
    poolName: pool.metadata.name,
    flavor: template.flavor ?? '',
    os: template.os ?? '',
    // A pool spread over every zone places its nodes round-robin.
    az: !template.az || template.az === 'random' ? ZONES[members.length % ZONES.length]! : template.az,
    privateIP: freeAddress(cluster),
    createdAt: at,
    updatedAt: at,
    probedAt: at,
  });
  const last = members.at(-1);
  cluster.nodes.splice(last ? cluster.nodes.indexOf(last) + 1 : cluster.nodes.length, 0, node);
  if (wanted.labels && Object.keys(wanted.labels).length > 0) cluster.handLabels = new Map(cluster.handLabels).set(node.metadata.uid, { ...wanted.labels });
  recount(cluster, pool);
  return describe(cluster, node);
}

/** As `kubectl label node`: only the cluster's Kubernetes API shows it; CCE's node resource does not change. */
export function relabelNode(cluster: SimCluster, nodeRef: string, changes: LabelChanges): ChangedNode {
  const node = findNode(cluster, nodeRef);
  const { uid } = node.metadata;
  cluster.handLabels = new Map(cluster.handLabels).set(uid, { ...cluster.handLabels.get(uid), ...changes });
  return describe(cluster, node);
}
