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

interface NodeContext {
  pool: PoolSeed;
  poolUid: string;
  index: number;
  rng: Prng;
  clusterIndex: number;
}

function nodeResource({ pool, poolUid, index, rng, clusterIndex }: NodeContext): ClusterNode {
  const isDefault = pool.name === DEFAULT_POOL;
  const az = pool.az === 'random' ? rng.pick(ZONES) : pool.az;
  const created = SEED_EPOCH - rng.int(2, 200) * DAY_MS;
  const suffix = rng.uuid().slice(0, 5);
  return {
    kind: 'Node',
    apiVersion: 'v3',
    metadata: {
      name: isDefault ? `node-${suffix}` : `${pool.name}-${suffix}`,
      uid: rng.uuid(),
      creationTimestamp: cceTime(created),
      updateTimestamp: cceTime(created + DAY_MS),
      // Older CCE marks default-pool nodes with a synthetic az#flavor#os value instead of a pool uid (reference §2.3).
      annotations: { 'kubernetes.io/node-pool.id': isDefault ? `${az}#${pool.flavor}#${pool.os}` : poolUid },
      ownerReferences: { nodepoolID: poolUid, nodepoolName: pool.name },
    },
    spec: { flavor: pool.flavor, az, os: pool.os, login: { sshKey: 'KeyPair-ops' }, rootVolume, dataVolumes, runtime, billingMode: 0 },
    status: {
      phase: 'Active',
      serverId: rng.uuid(),
      // Sequential per cluster so every node gets a distinct, readable address.
      privateIP: `192.168.${clusterIndex * 10 + Math.floor(index / 250)}.${(index % 250) + 2}`,
      lastProbeTime: cceTime(SEED_EPOCH),
      configurationUpToDate: true,
    },
  };
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
      const node = nodeResource({ pool, poolUid, index: nodes.length, rng, clusterIndex });
      nodes.push(node);
      const labels = pool.handLabels?.(i) ?? {};
      if (Object.keys(labels).length > 0) handLabels.set(node.metadata.uid, labels);
      const diskUsage = pool.containerdDiskUsage?.[i];
      if (diskUsage !== undefined) containerdDiskUsage.set(node.metadata.uid, diskUsage);
    }
  }
  return { pools, nodes, handLabels, containerdDiskUsage };
}
