import { driftKindSchema, type ClusterChange, type ClusterSnapshot, type DriftItem, type NodeChange, type SnapshotChange } from './cluster-snapshot';
import { nodeChangeInEnglish, nodeChanges } from './snapshot-drift-nodes';
import type { PreCheckRecord } from './plans-api';

export type { ClusterChange, LabelChange, NodeChange, SnapshotChange } from './cluster-snapshot';

type DriftKind = DriftItem['kind'];
type NodeKind = NodeChange['kind'];

// A reply naming thousands of nodes is unreadable; past this many of one kind the rest are counted.
const NODE_ITEMS_LISTED = 20;
const NODE_KINDS: readonly DriftKind[] = ['node-added', 'node-removed', 'node-relabelled', 'node-moved'] satisfies NodeKind[];

// Code-unit order, as the wave planner sorts: the same on every machine and locale.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The drift kind a change is listed under (a pool's rename, node count and flavors are all 'pool-changed'). */
export function driftKindOf(change: SnapshotChange): DriftKind {
  switch (change.kind) {
    case 'node-overflow':
      return change.of;
    case 'pool-renamed':
    case 'pool-nodes':
    case 'pool-flavors':
      return 'pool-changed';
    case 'addon-added':
    case 'addon-removed':
    case 'addon-moved':
      return 'addon-changed';
    default:
      return change.kind;
  }
}

/** What a change is sorted by inside its kind: the node, pool or add-on it names ('' for the cluster's own). */
function nameOf(change: SnapshotChange): string {
  if ('node' in change) return change.node;
  if ('pool' in change) return change.pool;
  if ('name' in change) return change.name;
  return '';
}

function poolChanges(reviewed: ClusterSnapshot, current: ClusterSnapshot): ClusterChange[] {
  const before = new Map(reviewed.pools.map((pool) => [pool.id, pool]));
  const after = new Map(current.pools.map((pool) => [pool.id, pool]));
  const changes: ClusterChange[] = [];
  for (const pool of current.pools) {
    const old = before.get(pool.id);
    const name = old?.name ?? pool.name;
    if (!old) {
      changes.push({ kind: 'pool-added', pool: name, nodes: pool.nodeCount });
      continue;
    }
    if (old.name !== pool.name) changes.push({ kind: 'pool-renamed', pool: name, name: pool.name });
    if (old.nodeCount !== pool.nodeCount) changes.push({ kind: 'pool-nodes', pool: name, before: old.nodeCount, after: pool.nodeCount });
    if (old.flavors.join(', ') !== pool.flavors.join(', ')) changes.push({ kind: 'pool-flavors', pool: name, before: old.flavors, after: pool.flavors });
  }
  for (const pool of reviewed.pools) {
    if (!after.has(pool.id)) changes.push({ kind: 'pool-removed', pool: pool.name, nodes: pool.nodeCount });
  }
  return changes;
}

function clusterOwnChanges(reviewed: ClusterSnapshot, current: ClusterSnapshot): ClusterChange[] {
  const changes: ClusterChange[] = [];
  const { version: v0, patch: p0 } = reviewed.cluster;
  const { version: v1, patch: p1 } = current.cluster;
  if (v0 !== v1) changes.push({ kind: 'version-moved', before: v0, after: v1 });
  if (p0 !== p1) changes.push({ kind: 'patch-moved', before: p0, after: p1 });
  const before = new Map(reviewed.addons.map((addon) => [addon.name, addon.version]));
  const after = new Map(current.addons.map((addon) => [addon.name, addon.version]));
  for (const [name, version] of after) {
    const was = before.get(name);
    if (was === undefined) changes.push({ kind: 'addon-added', name, version });
    else if (was !== version) changes.push({ kind: 'addon-moved', name, before: was, after: version });
  }
  for (const [name, version] of before) {
    if (!after.has(name)) changes.push({ kind: 'addon-removed', name, version });
  }
  const task = current.runningTask;
  if (task && task.id !== reviewed.runningTask?.id) changes.push({ kind: 'task-started', taskId: task.id, phase: task.phase });
  return changes;
}

/**
 * Ordered by kind (as driftKindSchema lists them), then by name, then as the English reads (so the order is the
 * BFF's in every language), with node-level kinds cut short past 20 nodes.
 */
function ordered<C extends SnapshotChange>(changes: readonly C[]): Array<C | Extract<ClusterChange, { kind: 'node-overflow' }>> {
  const sorted = changes
    .map((change) => ({ change, kind: driftKindOf(change), name: nameOf(change), english: snapshotChangeInEnglish(change) }))
    .sort((a, b) => byCodeUnit(a.name, b.name) || byCodeUnit(a.english, b.english));
  return driftKindSchema.options.flatMap((kind) => {
    const ofKind = sorted.filter((item) => item.kind === kind).map((item) => item.change);
    if (!NODE_KINDS.includes(kind) || ofKind.length <= NODE_ITEMS_LISTED) return ofKind;
    return [...ofKind.slice(0, NODE_ITEMS_LISTED), { kind: 'node-overflow', of: kind as NodeKind, count: ofKind.length - NODE_ITEMS_LISTED } as const];
  });
}

/**
 * Every difference between two snapshots, as data, in the order snapshotDrift lists them. The taken-at time, the
 * cluster's phase and where labels came from are not drift: they change nothing in the plan.
 */
export function clusterChanges(reviewed: ClusterSnapshot, current: ClusterSnapshot): ClusterChange[] {
  return ordered([...nodeChanges(reviewed, current), ...poolChanges(reviewed, current), ...clusterOwnChanges(reviewed, current)]);
}

/** The cluster's changes and, when the reviewed pre-check has expired by `now`, that too. */
export function snapshotChanges(reviewed: ClusterSnapshot, current: ClusterSnapshot, preCheck: PreCheckRecord | null, now: number): SnapshotChange[] {
  // A pre-check without an expiry (or none at all) cannot go stale; only one that CCE dated can.
  const expired: SnapshotChange[] = preCheck?.expiresAt && Date.parse(preCheck.expiresAt) <= now ? [{ kind: 'pre-check-expired', taskId: preCheck.taskId, expiresAt: preCheck.expiresAt }] : [];
  return ordered([...nodeChanges(reviewed, current), ...poolChanges(reviewed, current), ...clusterOwnChanges(reviewed, current), ...expired]);
}

const orNone = (value: string) => value || '(none)';
const nodes = (count: number) => `${count} ${count === 1 ? 'node' : 'nodes'}`;
const nodesWere = (count: number) => `${count} more ${count === 1 ? 'node was' : 'nodes were'}`;

const overflowInEnglish: Record<NodeKind, (more: number) => string> = {
  'node-added': (n) => `…and ${nodesWere(n)} added`,
  'node-removed': (n) => `…and ${nodesWere(n)} removed`,
  'node-relabelled': (n) => `…and ${nodesWere(n)} relabelled`,
  'node-moved': (n) => `…and ${n} more ${n === 1 ? 'node' : 'nodes'} moved to another pool`,
};

/** One change in the BFF's English, in words a reviewer can act on. */
export function snapshotChangeInEnglish(change: SnapshotChange): string {
  switch (change.kind) {
    case 'node-added':
    case 'node-removed':
    case 'node-moved':
    case 'node-relabelled':
      return nodeChangeInEnglish(change);
    case 'node-overflow':
      return overflowInEnglish[change.of](change.count);
    case 'pool-added':
      return `Pool ${change.pool} was added with ${nodes(change.nodes)}`;
    case 'pool-removed':
      return `Pool ${change.pool} was removed (it had ${nodes(change.nodes)})`;
    case 'pool-renamed':
      return `Pool ${change.pool} was renamed ${change.name}`;
    case 'pool-nodes':
      return `Pool ${change.pool} node count ${change.before} → ${change.after}`;
    case 'pool-flavors':
      return `Pool ${change.pool} flavors ${orNone(change.before.join(', '))} → ${orNone(change.after.join(', '))}`;
    case 'version-moved':
      return `Cluster version moved from ${change.before} to ${change.after}`;
    case 'patch-moved':
      return `Cluster patch moved from ${orNone(change.before)} to ${orNone(change.after)}`;
    case 'addon-added':
      return `Add-on ${change.name} ${change.version} was added`;
    case 'addon-removed':
      return `Add-on ${change.name} ${change.version} was removed`;
    case 'addon-moved':
      return `Add-on ${change.name} ${change.before} → ${change.after}`;
    case 'pre-check-expired':
      return `The pre-check (task ${change.taskId}) expired at ${change.expiresAt}: run it again`;
    case 'task-started':
      return `Another upgrade task started on the cluster (task ${change.taskId}, ${change.phase}): wait for it to finish`;
  }
}

/**
 * Every difference between the snapshot a revision was reviewed on and the cluster now, in words a reviewer can act
 * on: ordered by kind (as driftKindSchema lists them), then by name, with node-level kinds cut short past 20 nodes.
 */
export function snapshotDrift(reviewed: ClusterSnapshot, current: ClusterSnapshot, preCheck: PreCheckRecord | null, now: number): DriftItem[] {
  return snapshotChanges(reviewed, current, preCheck, now).map((change) => ({ kind: driftKindOf(change), change, message: snapshotChangeInEnglish(change) }));
}
