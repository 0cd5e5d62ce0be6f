import type { ClusterSnapshot } from './cluster-snapshot';
import type { NamedDrift } from './snapshot-drift';

type SnapshotNode = ClusterSnapshot['nodes'][number];

/** How one node's labels changed, label by label in key order: "label upgrade-wave canary → main", "label gpu=true added". */
function describeLabelChanges(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    const was = Object.hasOwn(before, key) ? before[key] : undefined;
    const now = Object.hasOwn(after, key) ? after[key] : undefined;
    if (was === now) return [];
    if (was === undefined) return [`label ${key}=${now} added`];
    if (now === undefined) return [`label ${key} removed`];
    return [`label ${key} ${was || '""'} → ${now || '""'}`];
  });
}

/**
 * Nodes added, removed, relabelled or moved between pools, matched by uid (a name can be reused by a new machine).
 * Each names the node's pool; a pool gone from one snapshot is still named from the other, else by its id.
 */
export function nodeDrift(reviewed: ClusterSnapshot, current: ClusterSnapshot): NamedDrift[] {
  // Each node is named with its pool as the snapshot it comes from calls it, so a renamed pool reads right both ways.
  const namesThen = new Map([...current.pools, ...reviewed.pools].map((pool) => [pool.id, pool.name]));
  const namesNow = new Map([...reviewed.pools, ...current.pools].map((pool) => [pool.id, pool.name]));
  const poolOf = (names: Map<string, string>) => (node: SnapshotNode) => `pool ${names.get(node.poolId) ?? node.poolId}`;
  const [then, pool] = [poolOf(namesThen), poolOf(namesNow)];
  const before = new Map(reviewed.nodes.map((node) => [node.uid, node]));
  const after = new Map(current.nodes.map((node) => [node.uid, node]));
  const items: NamedDrift[] = [];
  for (const node of current.nodes) {
    const old = before.get(node.uid);
    if (!old) {
      items.push({ kind: 'node-added', name: node.name, message: `Node ${node.name} was added to ${pool(node)}` });
      continue;
    }
    if (old.poolId !== node.poolId) {
      items.push({ kind: 'node-moved', name: node.name, message: `Node ${node.name} moved from ${then(old)} to ${pool(node)}` });
    }
    // A rename is told with the labels: both change which batch catches the node and where it falls in its pool.
    const changes = [...(old.name === node.name ? [] : [`renamed from ${old.name}`]), ...describeLabelChanges(old.labels, node.labels)];
    if (changes.length > 0) {
      items.push({ kind: 'node-relabelled', name: node.name, message: `Node ${node.name} in ${pool(node)} was relabelled: ${changes.join(', ')}` });
    }
  }
  for (const node of reviewed.nodes) {
    if (!after.has(node.uid)) items.push({ kind: 'node-removed', name: node.name, message: `Node ${node.name} was removed from ${then(node)}` });
  }
  return items;
}
