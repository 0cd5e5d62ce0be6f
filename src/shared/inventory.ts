import type { ClusterNode, NodePool } from './cce-responses';
import { DEFAULT_POOL } from './ids';
import type { Labels } from './selectors';

export const POOL_NAME_LABEL = 'cce.cloud.com/cce-nodepool';

/** What the planner knows of a pool and a node, whatever the CCE response looked like. */
export interface PlanningPool {
  id: string;
  name: string;
  flavors: string[];
  zones: string[];
  architecture: string;
  nodeCount: number;
}

export interface PlanningNode {
  uid: string;
  name: string;
  poolId: string;
  privateIp: string;
  zone: string;
  flavor: string;
  phase: string;
  labels: Labels;
}

/**
 * The pool a CCE node belongs to: ownerReferences when present, else the node-pool.id annotation when it
 * names a known pool; anything else (older default-pool nodes carry "az#flavor#os") is the DefaultPool.
 */
export function poolIdOf(node: ClusterNode, knownPoolIds: ReadonlySet<string>): string {
  const owner = node.metadata.ownerReferences?.nodepoolID;
  if (owner && knownPoolIds.has(owner)) return owner;
  const annotated = node.metadata.annotations?.['kubernetes.io/node-pool.id'];
  if (annotated && knownPoolIds.has(annotated)) return annotated;
  return DEFAULT_POOL;
}

// Kunpeng (ARM) flavors start with "k" (kc1, km1, kai1…); everything else CCE offers is x86.
export const architectureOf = (flavor: string | undefined) => (flavor && /^k[a-z]*\d/.test(flavor) ? 'arm64' : 'amd64');

/**
 * The well-known labels Kubernetes and CCE put on every node, derived from CCE data when the cluster's own
 * Kubernetes API cannot be read. Labels set by hand are not among them.
 */
export function derivedLabels(node: ClusterNode, pool: NodePool | undefined): Record<string, string> {
  const privateIp = node.status.privateIP ?? '';
  return {
    ...(pool?.spec.nodeTemplate?.k8sTags ?? {}),
    ...(privateIp ? { 'kubernetes.io/hostname': privateIp } : {}),
    ...(node.spec.az ? { 'topology.kubernetes.io/zone': node.spec.az } : {}),
    ...(node.spec.flavor ? { 'node.kubernetes.io/instance-type': node.spec.flavor } : {}),
    'kubernetes.io/arch': architectureOf(node.spec.flavor),
    'kubernetes.io/os': 'linux',
    [POOL_NAME_LABEL]: pool?.metadata.name ?? DEFAULT_POOL,
  };
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();

/**
 * Joins CCE's pools and nodes into the planner's inventory. `labelsOf` gives a node's labels: real ones read
 * from Kubernetes when available, derived ones otherwise.
 */
export function buildInventory(
  pools: readonly NodePool[],
  nodes: readonly ClusterNode[],
  labelsOf: (node: ClusterNode, pool: NodePool | undefined) => Labels,
): { pools: PlanningPool[]; nodes: PlanningNode[] } {
  const byId = new Map(pools.map((pool) => [pool.metadata.uid, pool]));
  const known = new Set(byId.keys());
  const planningNodes = nodes.map((node): PlanningNode => {
    const poolId = poolIdOf(node, known);
    return {
      uid: node.metadata.uid,
      name: node.metadata.name,
      poolId,
      privateIp: node.status.privateIP ?? '',
      zone: node.spec.az ?? '',
      flavor: node.spec.flavor ?? '',
      phase: node.status.phase ?? '',
      labels: labelsOf(node, byId.get(poolId)),
    };
  });
  const membersOf = groupBy(planningNodes, (node) => node.poolId);
  const planningPools = pools.map((pool): PlanningPool => {
    const members = membersOf.get(pool.metadata.uid) ?? [];
    const flavors = sortedUnique([pool.spec.nodeTemplate?.flavor ?? '', ...members.map((n) => n.flavor)]);
    return {
      id: pool.metadata.uid,
      name: pool.metadata.name,
      flavors,
      zones: sortedUnique([pool.spec.nodeTemplate?.az ?? '', ...members.map((n) => n.zone)]),
      architecture: sortedUnique(flavors.map(architectureOf)).join(', ') || 'amd64',
      nodeCount: members.length,
    };
  });
  return { pools: planningPools, nodes: planningNodes };
}
