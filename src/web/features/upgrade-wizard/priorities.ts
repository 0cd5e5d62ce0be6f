import type { PlanningPool } from '../../../shared/inventory';
import { orderPools } from '../../../shared/waves';

/** Distinct positive priorities from a top-first list: n, n-1, … 1, so the top of the list goes first. */
export const priorityAt = (index: number, length: number) => length - index;

/**
 * Splits the pools into those the user ordered (priority above 0, highest first) and those left to CCE,
 * shown in the order CCE would use for them. Inverse of poolPriorities: a restored draft shows the same list.
 */
export function splitPools(pools: readonly PlanningPool[], nodePoolOrder: Readonly<Record<string, number>>) {
  const isOrdered = (pool: PlanningPool) => (nodePoolOrder[pool.id] ?? 0) > 0;
  return {
    ordered: orderPools(pools.filter(isOrdered), nodePoolOrder),
    byDefault: orderPools(pools.filter((pool) => !isOrdered(pool))),
  };
}

/** nodePoolOrder for a top-first list of pool ids; pools left at CCE's default order are absent. */
export function poolPriorities(orderedIds: readonly string[]): Record<string, number> {
  return Object.fromEntries(orderedIds.map((id, index) => [id, priorityAt(index, orderedIds.length)]));
}
