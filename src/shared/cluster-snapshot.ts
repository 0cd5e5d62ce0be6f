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

/** One change to a node's name or labels; a rename is told with the labels (both change which batch catches it). */
export const labelChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('renamed'), from: z.string() }),
  z.object({ kind: z.literal('added'), key: z.string(), value: z.string() }),
  z.object({ kind: z.literal('removed'), key: z.string() }),
  z.object({ kind: z.literal('changed'), key: z.string(), before: z.string(), after: z.string() }),
]);
export type LabelChange = z.infer<typeof labelChangeSchema>;

/** A node added, removed, moved between pools or relabelled; `pool`, `from` and `to` are pool names (else ids). */
const nodeChanges = [
  z.object({ kind: z.enum(['node-added', 'node-removed']), node: z.string(), pool: z.string() }),
  z.object({ kind: z.literal('node-moved'), node: z.string(), from: z.string(), to: z.string() }),
  z.object({ kind: z.literal('node-relabelled'), node: z.string(), pool: z.string(), changes: z.array(labelChangeSchema) }),
] as const;
export const nodeChangeSchema = z.discriminatedUnion('kind', nodeChanges);
export type NodeChange = z.infer<typeof nodeChangeSchema>;
const nodeKindSchema = z.enum(['node-added', 'node-removed', 'node-relabelled', 'node-moved']);

/**
 * One difference between two snapshots of a cluster, as data: the BFF words it in English (snapshotChangeInEnglish),
 * the SPA from its message catalogue. Pools are named as the earlier snapshot called them.
 */
const clusterChanges = [
  ...nodeChanges,
  /** Past the listed number of one node kind, the rest are counted. */
  z.object({ kind: z.literal('node-overflow'), of: nodeKindSchema, count: z.int().check(z.positive()) }),
  z.object({ kind: z.enum(['pool-added', 'pool-removed']), pool: z.string(), nodes: z.int().check(z.nonnegative()) }),
  z.object({ kind: z.literal('pool-renamed'), pool: z.string(), name: z.string() }),
  z.object({ kind: z.literal('pool-nodes'), pool: z.string(), before: z.int(), after: z.int() }),
  z.object({ kind: z.literal('pool-flavors'), pool: z.string(), before: z.array(z.string()), after: z.array(z.string()) }),
  z.object({ kind: z.enum(['version-moved', 'patch-moved']), before: z.string(), after: z.string() }),
  z.object({ kind: z.enum(['addon-added', 'addon-removed']), name: z.string(), version: z.string() }),
  z.object({ kind: z.literal('addon-moved'), name: z.string(), before: z.string(), after: z.string() }),
  z.object({ kind: z.literal('task-started'), taskId: z.string(), phase: z.string() }),
] as const;
export const clusterChangeSchema = z.discriminatedUnion('kind', clusterChanges);
export type ClusterChange = z.infer<typeof clusterChangeSchema>;

/** A cluster change, or the reviewed pre-check gone stale (which belongs to a submit, not to two snapshots). */
export const snapshotChangeSchema = z.discriminatedUnion('kind', [
  ...clusterChanges,
  z.object({ kind: z.literal('pre-check-expired'), taskId: z.string(), expiresAt: z.iso.datetime() }),
]);
export type SnapshotChange = z.infer<typeof snapshotChangeSchema>;

/** The heading a change is listed under (a pool's rename, node count and flavors are all 'pool-changed'). */
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
/**
 * One difference between the reviewed snapshot and the cluster now (or a pre-check gone stale): its kind, the change
 * as data (which the SPA words in the user's language) and the BFF's English for API clients.
 */
export const driftItemSchema = z.object({ kind: driftKindSchema, change: snapshotChangeSchema, message: z.string() });
export type DriftItem = z.infer<typeof driftItemSchema>;

/** The snapshot as the wave planner reads an inventory (fields waves never look at are left empty). */
export function snapshotInventory(snapshot: ClusterSnapshot): { pools: PlanningPool[]; nodes: PlanningNode[] } {
  return {
    pools: snapshot.pools.map((pool) => ({ ...pool, zones: [], architecture: '' })),
    nodes: snapshot.nodes.map((node) => ({ ...node, privateIp: '', zone: '', flavor: '', phase: '' })),
  };
}
