import { z } from 'zod/mini';
import type { PlanningNode, PlanningPool } from './inventory';

/**
 * What a cluster looked like when a plan revision was saved, taken by the BFF from CCE (never from the browser), and
 * taken again at submit: any difference between the two is drift. Lists are sorted (pools by id, nodes by uid,
 * add-ons by name) so two snapshots of an unchanged cluster are equal and hash alike.
 */
export const clusterSnapshotSchema = z.object({
  takenAt: z.iso.datetime(),
  cluster: z.object({
    id: z.string(),
    name: z.string(),
    /** Minor version as CCE spells it, e.g. v1.28. */
    version: z.string(),
    /** The patch (CCE's platformVersion, e.g. cce.10.0); empty when CCE sent none. */
    patch: z.string(),
    phase: z.string(),
  }),
  pools: z.array(z.object({ id: z.string(), name: z.string(), flavors: z.array(z.string()), nodeCount: z.int().check(z.nonnegative()) })),
  nodes: z.array(z.object({ uid: z.string(), name: z.string(), poolId: z.string(), labels: z.record(z.string(), z.string()) })),
  /** Where the node labels came from: the cluster's Kubernetes API, or derived from CCE data (see node-labels). */
  labelSource: z.enum(['kubernetes', 'derived']),
  addons: z.array(z.object({ name: z.string(), version: z.string() })),
  /** An upgrade task of the cluster that had not finished when the snapshot was taken, if any. */
  runningTask: z.nullable(z.object({ id: z.string(), phase: z.string() })),
});
export type ClusterSnapshot = z.infer<typeof clusterSnapshotSchema>;

/** One difference between the reviewed snapshot and the cluster now (or a pre-check gone stale), in words. */
export const driftKindSchema = z.enum([
  'node-added',
  'node-removed',
  'node-relabelled',
  'node-moved',
  'pool-added',
  'pool-removed',
  'pool-changed',
  'version-moved',
  'patch-moved',
  'addon-changed',
  'pre-check-expired',
  'task-started',
]);
export const driftItemSchema = z.object({ kind: driftKindSchema, message: z.string() });
export type DriftItem = z.infer<typeof driftItemSchema>;

/** The snapshot as the wave planner reads an inventory (fields waves never look at are left empty). */
export function snapshotInventory(snapshot: ClusterSnapshot): { pools: PlanningPool[]; nodes: PlanningNode[] } {
  return {
    pools: snapshot.pools.map((pool) => ({ ...pool, zones: [], architecture: '' })),
    nodes: snapshot.nodes.map((node) => ({ ...node, privateIp: '', zone: '', flavor: '', phase: '' })),
  };
}
