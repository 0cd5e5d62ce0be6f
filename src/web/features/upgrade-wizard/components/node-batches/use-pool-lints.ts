import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import type { PlanningNode, PlanningPool } from '../../../../../shared/inventory';
import type { Plan } from '../../../../../shared/plan';
import { lintPlan, type PlanLint } from '../../../../../shared/plan-lints';
import { describeLint } from '../../../../lib/describe-lint';
import { computeWaves, type WaveAction } from '../../../../../shared/waves';

export interface PoolLints {
  /** By batch index: matches nothing, key absent. */
  batches: ReadonlyMap<number, string[]>;
  /** About the pool: nodes in two batches, nodes no batch covers. */
  pool: string[];
}

const NONE: PoolLints = { batches: new Map(), pool: [] };

/** The plan's lints in words, sorted to the batch or pool they concern, as the user edits. */
export function usePoolLints(pools: readonly PlanningPool[], nodes: readonly PlanningNode[]) {
  const [userDefinedStep, scope, nodePoolOrder, nodeOrder] = useWatch<Plan, ['userDefinedStep', 'scope', 'nodePoolOrder', 'nodeOrder']>({
    name: ['userDefinedStep', 'scope', 'nodePoolOrder', 'nodeOrder'],
  });
  const grouped = useMemo(() => {
    const action: WaveAction = { strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep, scope } }, nodePoolOrder, nodeOrder };
    const all = pools.length === 0 ? [] : lintPlan(pools, nodes, action, computeWaves(pools, nodes, action));
    // A batch just added has no key yet: the schema asks for one, a lint about it would only repeat that.
    const unkeyed = (poolId: string, batch: number) => nodeOrder[poolId]?.[batch]?.nodeSelector.key === '';

    const byPool = new Map<string, { batches: Map<number, PlanLint[]>; pool: PlanLint[] }>();
    const entry = (poolId: string) => byPool.get(poolId) ?? byPool.set(poolId, { batches: new Map(), pool: [] }).get(poolId)!;
    const unknownPools: PlanLint[] = [];
    for (const lint of all) {
      if (lint.kind === 'unknown-pool' && lint.field === 'nodeOrder') unknownPools.push(lint);
      else if (lint.kind === 'selector-matches-nothing' || lint.kind === 'label-key-absent') {
        if (unkeyed(lint.poolId, lint.batch)) continue;
        const batches = entry(lint.poolId).batches;
        batches.set(lint.batch, [...(batches.get(lint.batch) ?? []), lint]);
      } else if (lint.kind === 'nodes-in-two-batches' || lint.kind === 'uncovered-nodes') entry(lint.poolId).pool.push(lint);
    }
    return { unknownPools, byPool };
  }, [pools, nodes, userDefinedStep, scope, nodePoolOrder, nodeOrder]);
  // Worded at render, not in the memo: a language switch words them again.
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  const say = (lint: PlanLint) => describeLint(lint, (id) => names.get(id) ?? id);
  return {
    unknownPools: grouped.unknownPools.map(say),
    forPool: (poolId: string): PoolLints => {
      const found = grouped.byPool.get(poolId);
      if (!found) return NONE;
      return { batches: new Map([...found.batches].map(([batch, lints]) => [batch, lints.map(say)])), pool: found.pool.map(say) };
    },
  };
}
