import type { PlanningNode, PlanningPool } from '../../shared/inventory';
import type { WaveAction } from '../../shared/waves';

/** A pool of `count` nodes named `<name>-1` …; `labelsOf(i)` adds labels to node i (1-based). */
export function planningPool(id: string, name: string, count: number, labelsOf: (i: number) => Record<string, string> = () => ({})) {
  const pool: PlanningPool = { id, name, flavors: ['c7.large.2'], zones: ['ap-southeast-1a'], architecture: 'amd64', nodeCount: count };
  const nodes = Array.from({ length: count }, (_, index): PlanningNode => {
    const i = index + 1;
    return {
      uid: `${name}-uid-${String(i).padStart(5, '0')}`,
      name: `${name}-${String(i).padStart(4, '0')}`,
      poolId: id,
      privateIp: `10.0.${Math.floor(i / 250)}.${i % 250}`,
      zone: 'ap-southeast-1a',
      flavor: 'c7.large.2',
      phase: 'Active',
      labels: { 'cce.cloud.com/cce-nodepool': name, ...labelsOf(i) },
    };
  });
  return { pool, nodes };
}

export function action(step: number, extra: Partial<WaveAction> = {}, scope: 'Cluster' | 'NodePool' = 'Cluster'): WaveAction {
  return { strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: step, scope } }, ...extra };
}
