import { snapshotInventory, type ClusterSnapshot } from './cluster-snapshot';
import { describeSelector } from './describe-selector';
import type { Plan } from './plan';
import type { NodePriority } from './upgrade-request';
import { computeWaves, orderPools, type WaveAction } from './waves';

type NameOf = (poolId: string) => string;

const priorityText = (value: number | undefined) => (value === undefined ? 'default' : String(value));

function describePriorities(before: Plan, after: Plan, nameOf: NameOf): string[] {
  const ids = [...new Set([...Object.keys(before.nodePoolOrder), ...Object.keys(after.nodePoolOrder)])];
  return ids
    .filter((id) => before.nodePoolOrder[id] !== after.nodePoolOrder[id])
    .map((id) => `Pool ${nameOf(id)} priority ${priorityText(before.nodePoolOrder[id])} → ${priorityText(after.nodePoolOrder[id])}`)
    .sort();
}

/**
 * Says how the upgrade order of pools changed in as few lines as it can: the pairs that swapped, grouped either by the
 * pool that moved ahead or by the one that fell behind, whichever names fewer movers ("a moved behind b, c, d" beats
 * three "… moved ahead of a").
 */
function describePoolOrder(before: readonly string[], after: readonly string[], nameOf: NameOf): string[] {
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
  const byAhead = [...ahead].map(([id, names]) => `${nameOf(id)} moved ahead of ${names.join(', ')}`);
  const byBehind = after.filter((id) => behind.has(id)).map((id) => `${nameOf(id)} moved behind ${behind.get(id)!.join(', ')}`);
  return byBehind.length < byAhead.length ? byBehind : byAhead;
}

const selectorKey = (batch: NodePriority) => JSON.stringify(batch.nodeSelector);

/** Batches are matched by selector (the same selector twice is matched in list order); their priorities are compared. */
function describeBatches(poolName: string, before: readonly NodePriority[] = [], after: readonly NodePriority[] = []): string[] {
  const unmatched = before.map((batch, index) => ({ batch, index }));
  const lines: string[] = [];
  const matchedOrder: number[] = [];
  for (const batch of after) {
    const at = unmatched.findIndex((entry) => selectorKey(entry.batch) === selectorKey(batch));
    const label = `Batch \`${describeSelector(batch.nodeSelector)}\``;
    if (at === -1) {
      lines.push(`${label} added to ${poolName} with priority ${batch.priority}`);
      continue;
    }
    const { batch: old, index } = unmatched.splice(at, 1)[0]!;
    matchedOrder.push(index);
    if (old.priority !== batch.priority) lines.push(`${label} in ${poolName} priority ${old.priority} → ${batch.priority}`);
  }
  for (const { batch } of unmatched) lines.push(`Batch \`${describeSelector(batch.nodeSelector)}\` removed from ${poolName}`);
  // List order breaks ties between equal priorities, so a reorder alone can change which nodes go first.
  if (matchedOrder.some((index, i) => i > 0 && index < matchedOrder[i - 1]!)) lines.push(`Batches of ${poolName} reordered`);
  return lines;
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
export function describePoolChanges(before: Plan, after: Plan, snapshot: ClusterSnapshot, nameOf: NameOf): string[] {
  const { pools, nodes } = snapshotInventory(snapshot);
  const order = (plan: Plan) => orderPools(pools, plan.nodePoolOrder).map((pool) => pool.id);
  const batchPools = [...new Set([...Object.keys(before.nodeOrder), ...Object.keys(after.nodeOrder)])]
    .map((id) => ({ id, name: nameOf(id) }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const wavesBefore = computeWaves(pools, nodes, waveAction(before));
  const wavesAfter = computeWaves(pools, nodes, waveAction(after));
  const waveOf = (waves: typeof wavesBefore) => new Map(waves.flatMap((wave) => wave.nodes.map((node) => [node.uid, wave.number] as const)));
  const [was, now] = [waveOf(wavesBefore), waveOf(wavesAfter)];
  const moved = nodes.filter((node) => was.get(node.uid) !== now.get(node.uid)).length;
  return [
    ...describePriorities(before, after, nameOf),
    ...describePoolOrder(order(before), order(after), nameOf),
    ...batchPools.flatMap(({ id, name }) => describeBatches(name, before.nodeOrder[id], after.nodeOrder[id])),
    ...(moved === 0 ? [] : [`${moved} ${moved === 1 ? 'node changes' : 'nodes change'} wave`]),
    ...(wavesBefore.length === wavesAfter.length ? [] : [`Wave count ${wavesBefore.length} → ${wavesAfter.length}`]),
  ];
}
