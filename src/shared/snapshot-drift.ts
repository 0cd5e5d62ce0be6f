import { driftKindSchema, type ClusterSnapshot, type DriftItem } from './cluster-snapshot';
import { nodeDrift } from './snapshot-drift-nodes';
import type { PreCheckRecord } from './plans-api';

type DriftKind = DriftItem['kind'];

/** A drift item before ordering: `name` is what it is sorted by inside its kind (a node, pool or add-on name). */
export interface NamedDrift {
  kind: DriftKind;
  name: string;
  message: string;
}

// A reply naming thousands of nodes is unreadable; past this many of one kind the rest are counted.
const NODE_ITEMS_LISTED = 20;

const overflow: Partial<Record<DriftKind, (more: number) => string>> = {
  'node-added': (n) => `…and ${n} more ${n === 1 ? 'node was' : 'nodes were'} added`,
  'node-removed': (n) => `…and ${n} more ${n === 1 ? 'node was' : 'nodes were'} removed`,
  'node-relabelled': (n) => `…and ${n} more ${n === 1 ? 'node was' : 'nodes were'} relabelled`,
  'node-moved': (n) => `…and ${n} more ${n === 1 ? 'node' : 'nodes'} moved to another pool`,
};

// Code-unit order, as the wave planner sorts: the same on every machine and locale.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const orNone = (value: string) => value || '(none)';

function poolDrift(reviewed: ClusterSnapshot, current: ClusterSnapshot): NamedDrift[] {
  const before = new Map(reviewed.pools.map((pool) => [pool.id, pool]));
  const after = new Map(current.pools.map((pool) => [pool.id, pool]));
  const items: NamedDrift[] = [];
  for (const pool of current.pools) {
    const old = before.get(pool.id);
    const name = old?.name ?? pool.name;
    if (!old) {
      items.push({ kind: 'pool-added', name, message: `Pool ${name} was added with ${pool.nodeCount} ${pool.nodeCount === 1 ? 'node' : 'nodes'}` });
      continue;
    }
    const change = (message: string) => items.push({ kind: 'pool-changed', name, message: `Pool ${name} ${message}` });
    if (old.name !== pool.name) change(`was renamed ${pool.name}`);
    if (old.nodeCount !== pool.nodeCount) change(`node count ${old.nodeCount} → ${pool.nodeCount}`);
    const [was, now] = [old.flavors.join(', '), pool.flavors.join(', ')];
    if (was !== now) change(`flavors ${orNone(was)} → ${orNone(now)}`);
  }
  for (const pool of reviewed.pools) {
    if (!after.has(pool.id)) items.push({ kind: 'pool-removed', name: pool.name, message: `Pool ${pool.name} was removed (it had ${pool.nodeCount} ${pool.nodeCount === 1 ? 'node' : 'nodes'})` });
  }
  return items;
}

function clusterDrift(reviewed: ClusterSnapshot, current: ClusterSnapshot): NamedDrift[] {
  const items: NamedDrift[] = [];
  const { version: v0, patch: p0 } = reviewed.cluster;
  const { version: v1, patch: p1 } = current.cluster;
  if (v0 !== v1) items.push({ kind: 'version-moved', name: '', message: `Cluster version moved from ${v0} to ${v1}` });
  if (p0 !== p1) items.push({ kind: 'patch-moved', name: '', message: `Cluster patch moved from ${orNone(p0)} to ${orNone(p1)}` });
  const before = new Map(reviewed.addons.map((addon) => [addon.name, addon.version]));
  const after = new Map(current.addons.map((addon) => [addon.name, addon.version]));
  for (const [name, version] of after) {
    const was = before.get(name);
    if (was === undefined) items.push({ kind: 'addon-changed', name, message: `Add-on ${name} ${version} was added` });
    else if (was !== version) items.push({ kind: 'addon-changed', name, message: `Add-on ${name} ${was} → ${version}` });
  }
  for (const [name, version] of before) {
    if (!after.has(name)) items.push({ kind: 'addon-changed', name, message: `Add-on ${name} ${version} was removed` });
  }
  return items;
}

function stateDrift(reviewed: ClusterSnapshot, current: ClusterSnapshot, preCheck: PreCheckRecord | null, now: number): NamedDrift[] {
  const items: NamedDrift[] = [];
  // A pre-check without an expiry (or none at all) cannot go stale; only one that CCE dated can.
  if (preCheck?.expiresAt && Date.parse(preCheck.expiresAt) <= now) {
    items.push({ kind: 'pre-check-expired', name: '', message: `The pre-check (task ${preCheck.taskId}) expired at ${preCheck.expiresAt}: run it again` });
  }
  const task = current.runningTask;
  if (task && task.id !== reviewed.runningTask?.id) {
    items.push({ kind: 'task-started', name: '', message: `Another upgrade task started on the cluster (task ${task.id}, ${task.phase}): wait for it to finish` });
  }
  return items;
}

/**
 * Every difference between the snapshot a revision was reviewed on and the cluster now, in words a reviewer can act
 * on: ordered by kind (as driftKindSchema lists them), then by name, with node-level kinds cut short past 20 nodes.
 * The taken-at time, the cluster's phase and where labels came from are not drift: they change nothing in the plan.
 */
export function snapshotDrift(reviewed: ClusterSnapshot, current: ClusterSnapshot, preCheck: PreCheckRecord | null, now: number): DriftItem[] {
  const items = [...nodeDrift(reviewed, current), ...poolDrift(reviewed, current), ...clusterDrift(reviewed, current), ...stateDrift(reviewed, current, preCheck, now)];
  return driftKindSchema.options.flatMap((kind) => {
    const ofKind = items
      .filter((item) => item.kind === kind)
      .sort((a, b) => byCodeUnit(a.name, b.name) || byCodeUnit(a.message, b.message))
      .map(({ message }): DriftItem => ({ kind, message }));
    const more = overflow[kind];
    if (!more || ofKind.length <= NODE_ITEMS_LISTED) return ofKind;
    return [...ofKind.slice(0, NODE_ITEMS_LISTED), { kind, message: more(ofKind.length - NODE_ITEMS_LISTED) }];
  });
}
