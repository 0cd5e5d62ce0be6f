import type { ClusterNode, NodePool } from '../../shared/cce-responses';
import { DEFAULT_POOL } from '../../shared/ids';
import { cceTime, DAY_MS, SEED_EPOCH } from '../format';
import type { ClusterSeed, PoolSeed } from './demo-clusters';
import { ZONES } from './demo-clusters';
import type { Prng } from './prng';

const rootVolume = { volumetype: 'SSD', size: 50 };
const dataVolumes = [{ volumetype: 'SSD', size: 100 }];
const runtime = { name: 'containerd' };

function poolResource(seed: PoolSeed, uid: string, created: number): NodePool {
  return {
    kind: 'NodePool',
    apiVersion: 'v3',
    metadata: { name: seed.name, uid, creationTimestamp: cceTime(created), updateTimestamp: cceTime(created + DAY_MS) },
    spec: {
      type: 'vm',
      initialNodeCount: seed.nodes,
      nodeTemplate: {
        flavor: seed.flavor,
        az: seed.az,
        os: seed.os,
        login: { sshKey: 'KeyPair-ops' },
        rootVolume,
        dataVolumes,
        billingMode: 0,
        runtime,
        k8sTags: { 'cce.cloud.com/cce-nodepool': seed.name, ...seed.k8sTags },
        taints: seed.taints ?? [],
      },
      autoscaling: { enable: false, minNodeCount: 0, maxNodeCount: 0, scaleDownCooldownTime: 0, priority: 0 },
      nodeManagement: { serverGroupReference: '' },
    },
    status: { currentNode: seed.nodes, creatingNode: 0, deletingNode: 0, phase: '', configurationSyncedNodeCount: seed.nodes },
  };
}

/** Everything that sets one CCE node apart; the rest of its resource follows from its pool. */
export interface NodeFacts {
  uid: string;
  name: string;
  serverId: string;
  poolUid: string;
  poolName: string;
  flavor: string;
  os: string;
  az: string;
  privateIP: string;
  createdAt: number;
  updatedAt: number;
  probedAt: number;
}

/** CCE's generated node names: the pool's name (plain "node" in the DefaultPool) and a short random suffix. */
export const generatedNodeName = (poolName: string, suffix: string) => `${poolName === DEFAULT_POOL ? 'node' : poolName}-${suffix}`;

/** A node as ListNodes serves it. */
export function nodeResource(facts: NodeFacts): ClusterNode {
  const isDefault = facts.poolName === DEFAULT_POOL;
  return {
    kind: 'Node',
    apiVersion: 'v3',
    metadata: {
      name: facts.name,
      uid: facts.uid,
      creationTimestamp: cceTime(facts.createdAt),
      updateTimestamp: cceTime(facts.updatedAt),
      // Older CCE marks default-pool nodes with a synthetic az#flavor#os value instead of a pool uid (reference §2.3).
      annotations: { 'kubernetes.io/node-pool.id': isDefault ? `${facts.az}#${facts.flavor}#${facts.os}` : facts.poolUid },
      ownerReferences: { nodepoolID: facts.poolUid, nodepoolName: facts.poolName },
    },
    spec: { flavor: facts.flavor, az: facts.az, os: facts.os, login: { sshKey: 'KeyPair-ops' }, rootVolume, dataVolumes, runtime, billingMode: 0 },
    status: { phase: 'Active', serverId: facts.serverId, privateIP: facts.privateIP, lastProbeTime: cceTime(facts.probedAt), configurationUpToDate: true },
  };
}

/** Sequential per cluster so every node gets a distinct, readable address. */
export const seededAddress = (clusterIndex: number, index: number) => `192.168.${clusterIndex * 10 + Math.floor(index / 250)}.${(index % 250) + 2}`;

interface NodeContext {
  pool: PoolSeed;
  poolUid: string;
  index: number;
  rng: Prng;
  clusterIndex: number;
}

// The draws keep their order (zone, age, name, uid, server), so the seeded fleet stays the same node for node.
function seedNode({ pool, poolUid, index, rng, clusterIndex }: NodeContext): ClusterNode {
  const az = pool.az === 'random' ? rng.pick(ZONES) : pool.az;
  const createdAt = SEED_EPOCH - rng.int(2, 200) * DAY_MS;
  const name = generatedNodeName(pool.name, rng.uuid().slice(0, 5));
  const uid = rng.uuid();
  const serverId = rng.uuid();
  const privateIP = seededAddress(clusterIndex, index);
  const { flavor, os } = pool;
  return nodeResource({ uid, name, serverId, poolUid, poolName: pool.name, flavor, os, az, privateIP, createdAt, updatedAt: createdAt + DAY_MS, probedAt: SEED_EPOCH });
}

export interface SeededInventory {
  pools: NodePool[];
  nodes: ClusterNode[];
  handLabels: Map<string, Readonly<Record<string, string>>>;
  containerdDiskUsage: Map<string, number>;
}

export function seedInventory(seed: ClusterSeed, clusterIndex: number, rng: Prng): SeededInventory {
  const pools: NodePool[] = [];
  const nodes: ClusterNode[] = [];
  const handLabels = new Map<string, Readonly<Record<string, string>>>();
  const containerdDiskUsage = new Map<string, number>();
  for (const pool of seed.pools) {
    const poolUid = pool.name === DEFAULT_POOL ? DEFAULT_POOL : rng.uuid();
    pools.push(poolResource(pool, poolUid, SEED_EPOCH - rng.int(200, 400) * DAY_MS));
    for (let i = 0; i < pool.nodes; i++) {
      const node = seedNode({ pool, poolUid, index: nodes.length, rng, clusterIndex });
      nodes.push(node);
      const labels = pool.handLabels?.(i) ?? {};
      if (Object.keys(labels).length > 0) handLabels.set(node.metadata.uid, labels);
      const diskUsage = pool.containerdDiskUsage?.[i];
      if (diskUsage !== undefined) containerdDiskUsage.set(node.metadata.uid, diskUsage);
    }
  }
  return { pools, nodes, handLabels, containerdDiskUsage };
}
