import type { z } from 'zod/mini';
import { estimateUpgrade, type DurationAssumptions, type Estimate } from './duration-model';
import type { PlanningNode, PlanningPool } from './inventory';
import { fitWindow } from './maintenance-window';
import { STEP_MAX, type scopeSchema } from './upgrade-request';
import { cutWaves, sequencePools, type PoolSequence, type Wave, type WaveAction } from './waves';

type Scope = z.infer<typeof scopeSchema>;
/** The step and scope a plan (or one window of it) is cut into waves with. */
export interface Rolling {
  userDefinedStep: number;
  scope: Scope;
}

/** The smallest change to the plan that makes it fit the window. */
export type FitSuggestion =
  | { kind: 'step'; step: number }
  | { kind: 'scope-cluster' }
  | { kind: 'scope-cluster-and-step'; step: number }
  /** Two windows, pools in upgrade order; `step` and `scope` are what both were judged with (the plan's own when those fit). */
  | { kind: 'split'; windows: [string[], string[]]; step: number; scope: Scope };

export interface PlanInput {
  pools: readonly PlanningPool[];
  nodes: readonly PlanningNode[];
  action: WaveAction;
  addonCount: number;
  assumptions: DurationAssumptions;
}

/**
 * One window of a split plan. CCE upgrades the control plane first and the add-ons after the last node, then checks
 * the cluster, so the first window carries the control plane and ends with a pause; the second carries the add-ons
 * and the post-check. The second window's waves are cut as if its pools were upgraded alone, doubling from 1 again:
 * whether CCE resumes a paused task at the size it had reached is not documented, and restarting is never faster.
 */
function windowEstimate(waves: readonly Wave[], part: 'first' | 'second', addonCount: number, assumptions: DurationAssumptions): Estimate {
  return part === 'first'
    ? estimateUpgrade(waves, 0, assumptions, { controlPlane: true, postCheck: false })
    : estimateUpgrade(waves, addonCount, assumptions, { controlPlane: false, postCheck: true });
}

/** The estimate of one window of a split suggestion, from the pools it names: what the review shows for each window. */
export function estimateWindow(input: PlanInput, poolIds: readonly string[], part: 'first' | 'second', rolling: Rolling): Estimate {
  const ids = new Set(poolIds);
  const pools = input.pools.filter((pool) => ids.has(pool.id));
  const sequence = sequencePools(pools, input.nodes, input.action);
  return windowEstimate(cutWaves(sequence, rolling), part, input.addonCount, input.assumptions);
}

/** The smallest step in [from, STEP_MAX] for which `fits` holds; fits must be monotone in the step (the estimate is). */
function smallestStep(from: number, fits: (step: number) => boolean): number | undefined {
  let low = from;
  let high = STEP_MAX + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return low <= STEP_MAX ? low : undefined;
}

/**
 * Where to split the pools so that each window fits: the first window takes as many pools as fit, the rest go to the
 * second. Each window must upgrade at least one node. Returns the number of pools in the first window.
 */
function splitPoint(sequence: readonly PoolSequence[], rolling: Rolling, input: PlanInput, windowMinutes: number): number | undefined {
  const fits = (waves: Wave[], part: 'first' | 'second') =>
    fitWindow(windowEstimate(waves, part, input.addonCount, input.assumptions).total, windowMinutes).fits;
  const hasNodes = (from: number, to: number) => sequence.slice(from, to).some((pool) => pool.nodes.length > 0);
  for (let first = sequence.length - 1; first > 0; first--) {
    if (!hasNodes(0, first) || !hasNodes(first, sequence.length)) continue;
    if (fits(cutWaves(sequence.slice(0, first), rolling), 'first') && fits(cutWaves(sequence.slice(first), rolling), 'second')) return first;
  }
  return undefined;
}

/**
 * The smallest change that makes the plan fit a window of `windowMinutes`, judged on the estimate's high end: a larger
 * step; else scope Cluster (with the smallest step that then fits); else two windows. Undefined when the plan already
 * fits, or when nothing does. Pools and nodes are sorted once; each try only recuts the waves.
 */
export function suggestFit(input: PlanInput & { windowMinutes: number }): FitSuggestion | undefined {
  const sequence = sequencePools(input.pools, input.nodes, input.action);
  const { userDefinedStep: step, scope = 'Cluster' } = input.action.strategy.inPlaceRollingUpdate;
  const whole = (tried: Scope) => (userDefinedStep: number) =>
    fitWindow(estimateUpgrade(cutWaves(sequence, { userDefinedStep, scope: tried }), input.addonCount, input.assumptions).total, input.windowMinutes).fits;
  if (whole(scope)(step)) return undefined;
  const larger = smallestStep(step + 1, whole(scope));
  if (larger !== undefined) return { kind: 'step', step: larger };
  if (scope === 'NodePool') {
    const clusterStep = smallestStep(step, whole('Cluster'));
    if (clusterStep !== undefined) return clusterStep === step ? { kind: 'scope-cluster' } : { kind: 'scope-cluster-and-step', step: clusterStep };
  }
  const scopes: Scope[] = scope === 'NodePool' ? ['NodePool', 'Cluster'] : ['Cluster'];
  for (const tried of scopes) {
    const splits = (userDefinedStep: number) => splitPoint(sequence, { userDefinedStep, scope: tried }, input, input.windowMinutes) !== undefined;
    const splitStep = smallestStep(step, splits);
    if (splitStep === undefined) continue;
    const first = splitPoint(sequence, { userDefinedStep: splitStep, scope: tried }, input, input.windowMinutes)!;
    const ids = sequence.map((pool) => pool.poolId);
    return { kind: 'split', windows: [ids.slice(0, first), ids.slice(first)], step: splitStep, scope: tried };
  }
  return undefined;
}
