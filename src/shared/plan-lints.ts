import { describeAddonLint, isBlockingAddonLint, type AddonLint } from './addon-lints';
import type { Estimate, MaintenanceWindow } from './duration-model';
import { formatMinutes } from './format-minutes';
import { groupBy, type PlanningNode, type PlanningPool } from './inventory';
import { fitWindow } from './maintenance-window';
import { matchesSelector } from './selectors';
import type { Wave, WaveAction } from './waves';

/** A finding about which nodes go when: pools, batches and selectors. */
export type LayoutLint =
  | { kind: 'unknown-pool'; poolId: string; field: 'nodePoolOrder' | 'nodeOrder' }
  | { kind: 'selector-matches-nothing'; poolId: string; batch: number }
  | { kind: 'label-key-absent'; poolId: string; batch: number; key: string }
  | { kind: 'nodes-in-two-batches'; poolId: string; nodes: string[]; batches: [number, number] }
  | { kind: 'uncovered-nodes'; poolId: string; count: number; waves: number[] };

/** A finding about how long the plan takes, judged on the estimate's high end. */
export type ScheduleLint = { kind: 'long-plan'; highMinutes: number } | { kind: 'window-overrun'; overrunMinutes: number; windowMinutes: number };

/** A finding about a plan, shown beside the input it concerns and on the review step. */
export type PlanLint = LayoutLint | AddonLint | ScheduleLint;

/** Past this the upgrade outlasts a working day or a night shift: worth a second look, not a mistake. */
export const LONG_PLAN_MINUTES = 8 * 60;

export function lintPlan(pools: readonly PlanningPool[], nodes: readonly PlanningNode[], action: WaveAction, waves: readonly Wave[]): LayoutLint[] {
  const lints: LayoutLint[] = [];
  const known = new Set(pools.map((pool) => pool.id));
  for (const poolId of Object.keys(action.nodePoolOrder ?? {})) {
    if (!known.has(poolId)) lints.push({ kind: 'unknown-pool', poolId, field: 'nodePoolOrder' });
  }
  const nodesOf = groupBy(nodes, (node) => node.poolId);
  for (const [poolId, batches] of Object.entries(action.nodeOrder ?? {})) {
    if (!known.has(poolId)) {
      lints.push({ kind: 'unknown-pool', poolId, field: 'nodeOrder' });
      continue;
    }
    const members = nodesOf.get(poolId) ?? [];
    const keys = new Set(members.flatMap((node) => Object.keys(node.labels)));
    const caughtBy = new Map<string, number>();
    const overlaps = new Map<string, { batches: [number, number]; nodes: string[] }>();
    batches.forEach((batch, index) => {
      const { key, operator } = batch.nodeSelector;
      // "!" and "notin" are about the label's absence, so a key no node carries is their point, not a mistake.
      if (!keys.has(key) && operator !== '!' && operator !== 'notin') lints.push({ kind: 'label-key-absent', poolId, batch: index, key });
      let matched = 0;
      for (const node of members) {
        if (!matchesSelector(node.labels, batch.nodeSelector)) continue;
        matched++;
        const earlier = caughtBy.get(node.uid);
        if (earlier === undefined) caughtBy.set(node.uid, index);
        else {
          const pair = `${earlier}:${index}`;
          const overlap = overlaps.get(pair) ?? { batches: [earlier, index], nodes: [] };
          overlap.nodes.push(node.name);
          overlaps.set(pair, overlap);
        }
      }
      if (matched === 0) lints.push({ kind: 'selector-matches-nothing', poolId, batch: index });
    });
    for (const overlap of overlaps.values()) lints.push({ kind: 'nodes-in-two-batches', poolId, ...overlap });
    if (batches.length > 0) {
      const uncoveredWaves = waves.filter((wave) => wave.poolId === poolId && wave.nodes.some((node) => node.batch === undefined));
      const count = uncoveredWaves.reduce((sum, wave) => sum + wave.nodes.filter((node) => node.batch === undefined).length, 0);
      if (count > 0) lints.push({ kind: 'uncovered-nodes', poolId, count, waves: uncoveredWaves.map((wave) => wave.number) });
    }
  }
  return lints;
}

/** Warnings about the estimate: a plan longer than LONG_PLAN_MINUTES, and one that may not finish inside its window. */
export function scheduleLints(estimate: Estimate, window: MaintenanceWindow | undefined): ScheduleLint[] {
  const lints: ScheduleLint[] = [];
  if (estimate.total.high > LONG_PLAN_MINUTES) lints.push({ kind: 'long-plan', highMinutes: estimate.total.high });
  if (window) {
    const { fits, overrunMinutes } = fitWindow(estimate.total, window.minutes);
    if (!fits) lints.push({ kind: 'window-overrun', overrunMinutes, windowMinutes: window.minutes });
  }
  return lints;
}

/** A pool CCE does not know makes the request fail or be ignored, and so do the blocking add-on lints; everything else is advice. */
export const lintSeverity = (lint: PlanLint): 'error' | 'warning' => (lint.kind === 'unknown-pool' || isBlockingAddonLint(lint) ? 'error' : 'warning');

/** The lint in words; `poolName` turns an id into what the user sees. */
export function describeLint(lint: PlanLint, poolName: (id: string) => string): string {
  switch (lint.kind) {
    case 'unknown-pool':
      return `${lint.field} names node pool ${lint.poolId}, which this cluster does not have; CCE will refuse or ignore it.`;
    case 'selector-matches-nothing':
      return `Batch ${lint.batch + 1} in ${poolName(lint.poolId)} matches no node.`;
    case 'label-key-absent':
      return `No node in ${poolName(lint.poolId)} has the label "${lint.key}" (batch ${lint.batch + 1}).`;
    case 'nodes-in-two-batches':
      return lint.nodes.length === 1
        ? `1 node in ${poolName(lint.poolId)} matches both batch ${lint.batches[0] + 1} and batch ${lint.batches[1] + 1}; it goes with the higher priority.`
        : `${lint.nodes.length} nodes in ${poolName(lint.poolId)} match both batch ${lint.batches[0] + 1} and batch ${lint.batches[1] + 1}; each goes with the higher priority.`;
    case 'uncovered-nodes':
      return lint.count === 1
        ? `1 node in ${poolName(lint.poolId)} matches no batch; it upgrades last in that pool (wave ${lint.waves.join(', ')}).`
        : `${lint.count} nodes in ${poolName(lint.poolId)} match no batch; they upgrade last in that pool (wave${lint.waves.length === 1 ? '' : 's'} ${lint.waves.join(', ')}).`;
    case 'long-plan':
      return `The upgrade may take up to ${formatMinutes(Math.ceil(lint.highMinutes))}, longer than ${formatMinutes(LONG_PLAN_MINUTES)}.`;
    case 'window-overrun':
      return `The upgrade may run ${formatMinutes(Math.ceil(lint.overrunMinutes))} past the end of its ${formatMinutes(lint.windowMinutes)} maintenance window.`;
    case 'addon-incompatible':
    case 'addon-no-compatible-version':
    case 'addon-compat-unknown':
    case 'addon-patch-unsupported':
    case 'addon-not-installed':
      return describeAddonLint(lint);
  }
}
