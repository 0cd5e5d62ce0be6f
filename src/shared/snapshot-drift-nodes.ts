import type { ClusterSnapshot, LabelChange, NodeChange } from './cluster-snapshot';

type SnapshotNode = ClusterSnapshot['nodes'][number];

/** How one node's name and labels changed: the rename first, then label by label in key order. */
function relabelling(old: SnapshotNode, node: SnapshotNode): LabelChange[] {
  const keys = [...new Set([...Object.keys(old.labels), ...Object.keys(node.labels)])].sort();
  const labels = keys.flatMap((key): LabelChange[] => {
    const was = Object.hasOwn(old.labels, key) ? old.labels[key] : undefined;
    const now = Object.hasOwn(node.labels, key) ? node.labels[key] : undefined;
    if (was === now) return [];
    if (was === undefined) return [{ kind: 'added', key, value: now! }];
    if (now === undefined) return [{ kind: 'removed', key }];
    return [{ kind: 'changed', key, before: was, after: now }];
  });
  return old.name === node.name ? labels : [{ kind: 'renamed', from: old.name }, ...labels];
}

/**
 * Nodes added, removed, relabelled or moved between pools, matched by uid (a name can be reused by a new machine), in
 * no particular order. Each names the node's pool; a pool gone from one snapshot is still named from the other, else by its id.
 */
export function nodeChanges(reviewed: ClusterSnapshot, current: ClusterSnapshot): NodeChange[] {
  // Each node is named with its pool as the snapshot it comes from calls it, so a renamed pool reads right both ways.
  const namesThen = new Map([...current.pools, ...reviewed.pools].map((pool) => [pool.id, pool.name]));
  const namesNow = new Map([...reviewed.pools, ...current.pools].map((pool) => [pool.id, pool.name]));
  const then = (node: SnapshotNode) => namesThen.get(node.poolId) ?? node.poolId;
  const now = (node: SnapshotNode) => namesNow.get(node.poolId) ?? node.poolId;
  const before = new Map(reviewed.nodes.map((node) => [node.uid, node]));
  const after = new Map(current.nodes.map((node) => [node.uid, node]));
  const changes: NodeChange[] = [];
  for (const node of current.nodes) {
    const old = before.get(node.uid);
    if (!old) {
      changes.push({ kind: 'node-added', node: node.name, pool: now(node) });
      continue;
    }
    if (old.poolId !== node.poolId) changes.push({ kind: 'node-moved', node: node.name, from: then(old), to: now(node) });
    const relabelled = relabelling(old, node);
    if (relabelled.length > 0) changes.push({ kind: 'node-relabelled', node: node.name, pool: now(node), changes: relabelled });
  }
  for (const node of reviewed.nodes) {
    if (!after.has(node.uid)) changes.push({ kind: 'node-removed', node: node.name, pool: then(node) });
  }
  return changes;
}

/** "label upgrade-wave canary → main", "label gpu=true added", "renamed from web-1". */
export function labelChangeInEnglish(change: LabelChange): string {
  switch (change.kind) {
    case 'renamed':
      return `renamed from ${change.from}`;
    case 'added':
      return `label ${change.key}=${change.value} added`;
    case 'removed':
      return `label ${change.key} removed`;
    case 'changed':
      return `label ${change.key} ${change.before || '""'} → ${change.after || '""'}`;
  }
}

/** One node's change in the BFF's English. */
export function nodeChangeInEnglish(change: NodeChange): string {
  switch (change.kind) {
    case 'node-added':
      return `Node ${change.node} was added to pool ${change.pool}`;
    case 'node-removed':
      return `Node ${change.node} was removed from pool ${change.pool}`;
    case 'node-moved':
      return `Node ${change.node} moved from pool ${change.from} to pool ${change.to}`;
    case 'node-relabelled':
      return `Node ${change.node} in pool ${change.pool} was relabelled: ${change.changes.map(labelChangeInEnglish).join(', ')}`;
  }
}
