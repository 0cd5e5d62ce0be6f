import type { UpgradeTask } from '../../../shared/cce-responses';
import type { PlanningNode } from '../../../shared/inventory';
import { upgradeTaskItems } from '../../../shared/upgrade-task-items';
import type { Wave } from '../../../shared/waves';

export const UPGRADING = 'Upgrading';
export const ABNORMAL = 'Abnormal';

/** Where one node stands. ListNodes says Upgrading and Abnormal; "upgraded" is inferred from the waves behind it. */
export type NodeState = 'upgraded' | 'upgrading' | 'abnormal' | 'pending';
export type WaveState = 'done' | 'upgrading' | 'failed' | 'waiting';

export interface NodeCounts {
  total: number;
  upgraded: number;
  upgrading: number;
  abnormal: number;
  pending: number;
}

export interface WaveSnapshot {
  wave: Wave;
  state: WaveState;
  /** The wave's nodes CCE reports Abnormal. */
  abnormal: PlanningNode[];
}

export interface PoolSnapshot extends Omit<NodeCounts, 'upgraded' | 'pending'> {
  poolId: string;
  /** Undefined without predicted waves: CCE does not say per pool which nodes are done. */
  upgraded: number | undefined;
  pending: number | undefined;
}

/** Everything the task view shows, derived once from one poll: the task and the node list read together. */
export interface TaskSnapshot {
  phase: string;
  stage: string | undefined;
  succeeded: boolean;
  failed: boolean;
  counts: NodeCounts;
  /** The wave CCE is upgrading now (most Upgrading nodes), or the one a failed task stopped in. */
  currentWave: number | undefined;
  totalWaves: number | undefined;
  /** The wave a Failed task stopped in, when known. */
  failedWave: number | undefined;
  /** Per predicted wave; undefined when the plan (and so the prediction) is unknown. */
  waves: WaveSnapshot[] | undefined;
  pools: PoolSnapshot[];
  upgrading: PlanningNode[];
  abnormal: PlanningNode[];
  /** Upgrading nodes the prediction placed in another wave than the current one. */
  unexpected: PlanningNode[];
  /** The highest wave seen upgrading or failed so far, to carry to the next poll. */
  reached: number;
}

export interface SnapshotInput {
  task: UpgradeTask;
  /** The node list read in the same poll as the task. */
  nodes: readonly PlanningNode[];
  /** Waves predicted from the plan submitted for the task; undefined when this browser does not have the plan. */
  waves?: readonly Wave[] | undefined;
  /** The furthest wave earlier polls saw: between two waves no node is Upgrading, and earlier waves stay done. */
  reached?: number;
}

const EARLY_STAGES = new Set(['Init', 'Master']);
const LATE_STAGES = new Set(['Addons', 'Done']);

/**
 * The first wave not yet behind the upgrade: waves numbered below it are upgraded (apart from nodes CCE reports
 * Upgrading or Abnormal). Sources in order of trust: a finished task, the wave a failed task names, the nodes CCE
 * reports Upgrading or Abnormal, the stage, the task's own wave counter, and what earlier polls saw.
 */
function frontierOf(input: SnapshotInput, waves: readonly Wave[], busiest: number | undefined, firstAbnormal: number | undefined): number {
  const { task, reached = 0 } = input;
  const items = upgradeTaskItems(task);
  if (task.status.phase === 'Success') return Infinity;
  if (task.status.phase === 'Failed' && items.failedWave) return items.failedWave;
  if (busiest !== undefined) return busiest;
  if (firstAbnormal !== undefined) return firstAbnormal;
  if (items.stage && LATE_STAGES.has(items.stage)) return waves.length + 1;
  if (items.stage && EARLY_STAGES.has(items.stage)) return 1;
  if (items.currentWave) return Math.max(items.currentWave, reached + 1);
  return reached + 1;
}

function countStates(states: readonly NodeState[]): NodeCounts {
  const counts: NodeCounts = { total: states.length, upgraded: 0, upgrading: 0, abnormal: 0, pending: 0 };
  for (const state of states) counts[state] += 1;
  return counts;
}

function phaseState(node: PlanningNode | undefined): NodeState | undefined {
  if (node?.phase === ABNORMAL) return 'abnormal';
  if (node?.phase === UPGRADING) return 'upgrading';
  return undefined;
}

function withPlan(input: SnapshotInput, waves: readonly Wave[]): TaskSnapshot {
  const { task } = input;
  const items = upgradeTaskItems(task);
  const byUid = new Map(input.nodes.map((node) => [node.uid, node]));
  const failed = task.status.phase === 'Failed';

  let busiest: number | undefined;
  let most = 0;
  let firstAbnormal: number | undefined;
  for (const wave of waves) {
    const phases = wave.nodes.map((node) => byUid.get(node.uid)?.phase);
    const busy = phases.filter((phase) => phase === UPGRADING).length;
    if (busy > most) [busiest, most] = [wave.number, busy];
    if (firstAbnormal === undefined && phases.includes(ABNORMAL)) firstAbnormal = wave.number;
  }
  const frontier = frontierOf(input, waves, busiest, firstAbnormal);
  const failedWave = failed ? (items.failedWave || firstAbnormal) : undefined;

  const states: NodeState[] = [];
  const pools = new Map<string, PoolSnapshot>();
  const waveSnapshots = waves.map((wave): WaveSnapshot => {
    const nodeStates = wave.nodes.map((waveNode) => phaseState(byUid.get(waveNode.uid)) ?? (wave.number < frontier ? 'upgraded' : 'pending'));
    states.push(...nodeStates);
    const pool = pools.get(wave.poolId) ?? { poolId: wave.poolId, total: 0, upgraded: 0, upgrading: 0, abnormal: 0, pending: 0 };
    for (const state of nodeStates) {
      pool.total += 1;
      pool[state] = (pool[state] ?? 0) + 1;
    }
    pools.set(wave.poolId, pool);
    const abnormal = wave.nodes.flatMap((waveNode) => {
      const node = byUid.get(waveNode.uid);
      return node?.phase === ABNORMAL ? [node] : [];
    });
    const state: WaveState =
      abnormal.length > 0 || wave.number === failedWave
        ? 'failed'
        : nodeStates.includes('upgrading')
          ? 'upgrading'
          : nodeStates.every((s) => s === 'upgraded')
            ? 'done'
            : nodeStates.includes('upgraded')
              ? 'upgrading'
              : 'waiting';
    return { wave, state, abnormal };
  });

  const currentWave = failed ? failedWave : busiest;
  const inCurrent = new Set(waves.find((wave) => wave.number === busiest)?.nodes.map((node) => node.uid));
  const planned = waves.flatMap((wave) => wave.nodes.flatMap((waveNode) => byUid.get(waveNode.uid) ?? []));
  const upgrading = planned.filter((node) => node.phase === UPGRADING);
  return {
    phase: task.status.phase,
    stage: items.stage,
    succeeded: task.status.phase === 'Success',
    failed,
    counts: countStates(states),
    currentWave,
    totalWaves: waves.length,
    failedWave,
    waves: waveSnapshots,
    pools: [...pools.values()],
    upgrading,
    abnormal: planned.filter((node) => node.phase === ABNORMAL),
    unexpected: upgrading.filter((node) => !inCurrent.has(node.uid)),
    reached: Math.max(input.reached ?? 0, busiest ?? 0, failedWave ?? 0),
  };
}

/**
 * Without the plan the waves are unknown: node phases still say which nodes are Upgrading or Abnormal, and the
 * task's own counter says how many are upgraded, capped so the parts never exceed the whole.
 */
function withoutPlan(input: SnapshotInput): TaskSnapshot {
  const { task, nodes } = input;
  const items = upgradeTaskItems(task);
  const failed = task.status.phase === 'Failed';
  const upgrading = nodes.filter((node) => node.phase === UPGRADING);
  const abnormal = nodes.filter((node) => node.phase === ABNORMAL);
  const settled = nodes.length - upgrading.length - abnormal.length;
  const upgraded = task.status.phase === 'Success' ? settled : Math.min(items.upgradedNodes ?? 0, settled);
  const pools = new Map<string, PoolSnapshot>();
  for (const node of nodes) {
    const pool = pools.get(node.poolId) ?? { poolId: node.poolId, total: 0, upgraded: undefined, upgrading: 0, abnormal: 0, pending: undefined };
    pool.total += 1;
    if (node.phase === UPGRADING) pool.upgrading += 1;
    if (node.phase === ABNORMAL) pool.abnormal += 1;
    pools.set(node.poolId, pool);
  }
  const failedWave = failed ? items.failedWave || undefined : undefined;
  return {
    phase: task.status.phase,
    stage: items.stage,
    succeeded: task.status.phase === 'Success',
    failed,
    counts: { total: nodes.length, upgraded, upgrading: upgrading.length, abnormal: abnormal.length, pending: settled - upgraded },
    currentWave: failed ? failedWave : items.currentWave || undefined,
    totalWaves: items.totalWaves || undefined,
    failedWave,
    waves: undefined,
    pools: [...pools.values()],
    upgrading,
    abnormal,
    unexpected: [],
    reached: Math.max(input.reached ?? 0, items.currentWave ?? 0),
  };
}

/** One poll's task and nodes, read as one: every number the task view shows comes from here. */
export function deriveTaskSnapshot(input: SnapshotInput): TaskSnapshot {
  return input.waves ? withPlan(input, input.waves) : withoutPlan(input);
}

/**
 * How far the upgrade is, 0 to 1, for an estimate from progress so far: CCE's own percentage when it gives one, else
 * the share of nodes upgraded; undefined when neither says anything yet.
 */
export function fractionDone(snapshot: TaskSnapshot, percent: number | null): number | undefined {
  if (percent !== null && percent > 0) return percent / 100;
  if (snapshot.counts.total > 0 && snapshot.counts.upgraded > 0) return snapshot.counts.upgraded / snapshot.counts.total;
  return undefined;
}
