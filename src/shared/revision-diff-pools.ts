import { snapshotInventory, type ClusterSnapshot } from './cluster-snapshot';
import { describeSelector } from './describe-selector';
import type { Plan } from './plan';
import type { NodePriority, NodeSelector } from './upgrade-request';
import { computeWaves, orderPools, type WaveAction } from './waves';

/** A change to the order the plan upgrades pools and nodes in, and what it does to the waves; pools are named. */
export type PoolChange =
  /** `undefined`: the pool has no priority of its own (the default). */
  | { kind: 'poolPriority'; pool: string; before: number | undefined; after: number | undefined }
  | { kind: 'poolAhead' | 'poolBehind'; pool: string; others: string[] }
  | { kind: 'batchAdded'; selector: NodeSelector; pool: string; priority: number }
  | { kind: 'batchPriority'; selector: NodeSelector; pool: string; before: number; after: number }
  | { kind: 'batchRemoved'; selector: NodeSelector; pool: string }
  | { kind: 'batchesReordered'; pool: string }
  | { kind: 'nodesChangeWave'; count: number }
  | { kind: 'waveCount'; before: number; after: number };

type NameOf = (poolId: string) => string;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Pools whose priority changed, in the order their English sorts (by pool name first). */
function poolPriorities(before: Plan, after: Plan, nameOf: NameOf): PoolChange[] {
  const ids = [...new Set([...Object.keys(before.nodePoolOrder), ...Object.keys(after.nodePoolOrder)])];
  return ids
    .filter((id) => before.nodePoolOrder[id] !== after.nodePoolOrder[id])
    .map((id): PoolChange => ({ kind: 'poolPriority', pool: nameOf(id), before: before.nodePoolOrder[id], after: after.nodePoolOrder[id] }))
    .sort((a, b) => byCodeUnit(poolChangeInEnglish(a), poolChangeInEnglish(b)));
}

/**
 * How the upgrade order of pools changed, in as few changes as it can: the pairs that swapped, grouped either by the
 * pool that moved ahead or by the one that fell behind, whichever names fewer movers ("a moved behind b, c, d" beats
 * three "… moved ahead of a").
 */
function poolOrder(before: readonly string[], after: readonly string[], nameOf: NameOf): PoolChange[] {
  const rankBefore = new Map(before.map((id, index) => [id, index]));
  const ahead = new Map<string, string[]>();
  const behind = new Map<string, string[]>();
  after.forEach((mover, index) => {
    for (const passed of after.slice(index + 1)) {
      if (rankBefore.get(mover)! < rankBefore.get(passed)!) continue;
      ahead.set(mover, [...(ahead.get(mover) ?? []), nameOf(passed)]);
      behind.set(passed, [...(behind.get(passed) ?? []), nameOf(mover)]);
    }
  });
  const byAhead = [...ahead].map(([id, others]): PoolChange => ({ kind: 'poolAhead', pool: nameOf(id), others }));
  const byBehind = after.filter((id) => behind.has(id)).map((id): PoolChange => ({ kind: 'poolBehind', pool: nameOf(id), others: behind.get(id)! }));
  return byBehind.length < byAhead.length ? byBehind : byAhead;
}

const selectorKey = (batch: NodePriority) => JSON.stringify(batch.nodeSelector);

/** Batches are matched by selector (the same selector twice is matched in list order); their priorities are compared. */
function batches(pool: string, before: readonly NodePriority[] = [], after: readonly NodePriority[] = []): PoolChange[] {
  const unmatched = before.map((batch, index) => ({ batch, index }));
  const changes: PoolChange[] = [];
  const matchedOrder: number[] = [];
  for (const batch of after) {
    const at = unmatched.findIndex((entry) => selectorKey(entry.batch) === selectorKey(batch));
    if (at === -1) {
      changes.push({ kind: 'batchAdded', selector: batch.nodeSelector, pool, priority: batch.priority });
      continue;
    }
    const { batch: old, index } = unmatched.splice(at, 1)[0]!;
    matchedOrder.push(index);
    if (old.priority !== batch.priority) changes.push({ kind: 'batchPriority', selector: batch.nodeSelector, pool, before: old.priority, after: batch.priority });
  }
  for (const { batch } of unmatched) changes.push({ kind: 'batchRemoved', selector: batch.nodeSelector, pool });
  // List order breaks ties between equal priorities, so a reorder alone can change which nodes go first.
  if (matchedOrder.some((index, i) => i > 0 && index < matchedOrder[i - 1]!)) changes.push({ kind: 'batchesReordered', pool });
  return changes;
}

const waveAction = (plan: Plan): WaveAction => ({
  strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: plan.userDefinedStep, scope: plan.scope } },
  nodePoolOrder: plan.nodePoolOrder,
  nodeOrder: plan.nodeOrder,
});

/**
 * Pool priorities, pool order, batches, and what they (and the step and scope) do to the waves, all judged on the
 * later revision's snapshot so only the plan's changes show here, not the cluster's.
 */
export function poolChanges(before: Plan, after: Plan, snapshot: ClusterSnapshot, nameOf: NameOf): PoolChange[] {
  const { pools, nodes } = snapshotInventory(snapshot);
  const order = (plan: Plan) => orderPools(pools, plan.nodePoolOrder).map((pool) => pool.id);
  const batchPools = [...new Set([...Object.keys(before.nodeOrder), ...Object.keys(after.nodeOrder)])]
    .map((id) => ({ id, name: nameOf(id) }))
    .sort((x, y) => byCodeUnit(x.name, y.name));
  const wavesBefore = computeWaves(pools, nodes, waveAction(before));
  const wavesAfter = computeWaves(pools, nodes, waveAction(after));
  const waveOf = (waves: typeof wavesBefore) => new Map(waves.flatMap((wave) => wave.nodes.map((node) => [node.uid, wave.number] as const)));
  const [was, now] = [waveOf(wavesBefore), waveOf(wavesAfter)];
  const moved = nodes.filter((node) => was.get(node.uid) !== now.get(node.uid)).length;
  return [
    ...poolPriorities(before, after, nameOf),
    ...poolOrder(order(before), order(after), nameOf),
    ...batchPools.flatMap(({ id, name }) => batches(name, before.nodeOrder[id], after.nodeOrder[id])),
    ...(moved === 0 ? [] : [{ kind: 'nodesChangeWave', count: moved } as const]),
    ...(wavesBefore.length === wavesAfter.length ? [] : [{ kind: 'waveCount', before: wavesBefore.length, after: wavesAfter.length } as const]),
  ];
}

const priorityText = (value: number | undefined) => (value === undefined ? 'default' : String(value));
const batchText = (selector: NodeSelector) => `Batch \`${describeSelector(selector)}\``;

/** One pool change in the BFF's English. */
export function poolChangeInEnglish(change: PoolChange): string {
  switch (change.kind) {
    case 'poolPriority':
      return `Pool ${change.pool} priority ${priorityText(change.before)} → ${priorityText(change.after)}`;
    case 'poolAhead':
      return `${change.pool} moved ahead of ${change.others.join(', ')}`;
    case 'poolBehind':
      return `${change.pool} moved behind ${change.others.join(', ')}`;
    case 'batchAdded':
      return `${batchText(change.selector)} added to ${change.pool} with priority ${change.priority}`;
    case 'batchPriority':
      return `${batchText(change.selector)} in ${change.pool} priority ${change.before} → ${change.after}`;
    case 'batchRemoved':
      return `${batchText(change.selector)} removed from ${change.pool}`;
    case 'batchesReordered':
      return `Batches of ${change.pool} reordered`;
    case 'nodesChangeWave':
      return `${change.count} ${change.count === 1 ? 'node changes' : 'nodes change'} wave`;
    case 'waveCount':
      return `Wave count ${change.before} → ${change.after}`;
  }
}
