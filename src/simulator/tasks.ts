import type { UpgradeTask } from '../shared/cce-responses';
import { cceTime } from './format';
import type { SimTask } from './model';

// Share of the task's wall time spent in each stage; what is left after NODES_END goes to add-ons.
const INIT_END = 0.05;
const MASTER_END = 0.2;
const NODES_END = 0.9;
// Float slack so a timeline re-based onto a wave's start lands in that wave, not the one before.
const EPSILON = 1e-9;

export type TaskStage = 'Init' | 'Master' | 'Nodes' | 'Addons' | 'Done';

export interface TaskProgress {
  phase: 'Init' | 'Running' | 'Success' | 'Failed';
  stage: TaskStage;
  percent: number;
  /** Index into task.waves of the batch being upgraded (or that failed), or -1. */
  batch: number;
  upgradedNodes: number;
  /** When a Success ends (or ended); when a Failed task stopped. */
  endsAt: number;
}

/** The fraction of the timeline at which wave `index` (0-based, fractional) starts. */
const waveStart = (task: SimTask, index: number) => MASTER_END + ((NODES_END - MASTER_END) * index) / task.waves.length;

/** The 0-based wave an armed failure stops the task in; an `atWave` past the last wave stops it in the last. */
function failingWave(task: SimTask): number | undefined {
  if (!task.failure || task.waves.length === 0) return undefined;
  return Math.min(task.failure.atWave, task.waves.length) - 1;
}

const nodesBefore = (task: SimTask, batch: number) => task.waves.slice(0, batch).reduce((sum, wave) => sum + wave.length, 0);

/** Where a task stands at `now`: pure, so a read at the same instant always gives the same answer. */
export function progressAt(task: SimTask, now: number): TaskProgress {
  const endsAt = task.startedAt + task.durationMs;
  const fraction = task.applied ? 1 : Math.max(0, (now - task.startedAt) / task.durationMs);
  const total = nodesBefore(task, task.waves.length);
  const base = { percent: Math.min(99, Math.floor(fraction * 100)), batch: -1, upgradedNodes: 0, endsAt };
  const failing = failingWave(task);
  // Halfway through its wave, so the wave is seen Upgrading before its nodes turn Abnormal.
  const failsAt = failing === undefined ? Infinity : waveStart(task, failing + 0.5);
  if (failing !== undefined && fraction >= failsAt) {
    const stoppedAt = task.startedAt + failsAt * task.durationMs;
    return { phase: 'Failed', stage: 'Nodes', percent: Math.floor(failsAt * 100), batch: failing, upgradedNodes: nodesBefore(task, failing), endsAt: stoppedAt };
  }
  if (fraction >= 1) return { ...base, phase: 'Success', stage: 'Done', percent: 100, upgradedNodes: total };
  if (fraction < INIT_END) return { ...base, phase: 'Init', stage: 'Init', percent: 0 };
  if (fraction < MASTER_END) return { ...base, phase: 'Running', stage: 'Master' };
  if (fraction >= NODES_END || task.waves.length === 0) return { ...base, phase: 'Running', stage: 'Addons', upgradedNodes: total };
  const batch = Math.floor(((fraction - MASTER_END) / (NODES_END - MASTER_END)) * task.waves.length + EPSILON);
  return { ...base, phase: 'Running', stage: 'Nodes', batch, upgradedNodes: nodesBefore(task, batch) };
}

/** Add-ons an upgrade task changes: the request's patches and those CCE moves by itself. */
export const taskAddonPatches = (task: SimTask) => [...task.addons, ...task.automaticAddons];

/** Resumes a Failed task from the start of the wave it stopped in; the rest takes its remaining share of the duration. */
export function resumeTask(task: SimTask, now: number): void {
  const wave = failingWave(task) ?? 0;
  task.failure = undefined;
  task.startedAt = now - waveStart(task, wave) * task.durationMs;
}

/** Nodes whose wave has finished: back to Active, on the target version. */
export function upgradedNodes(task: SimTask, now: number): ReadonlySet<string> {
  const { stage, batch } = progressAt(task, now);
  const done = stage === 'Addons' || stage === 'Done' ? task.waves.length : Math.max(0, batch);
  return new Set(task.waves.slice(0, done).flat());
}

/** The wire shape of ShowUpgradeClusterTask (reference §8.1); `spec.items` is free-form, so we describe the stage. */
export function taskView(task: SimTask, now: number): UpgradeTask {
  const progress = progressAt(task, now);
  const done = progress.phase === 'Success';
  const failed = progress.phase === 'Failed';
  const reason = failed ? task.failure?.reason : undefined;
  return {
    apiVersion: 'v3',
    kind: 'UpgradeTask',
    metadata: {
      uid: task.uid,
      creationTimestamp: cceTime(task.createdAt),
      updateTimestamp: cceTime(done || failed ? progress.endsAt : Math.max(task.createdAt, now)),
    },
    spec: {
      version: task.version,
      targetVersion: task.targetVersion,
      items: {
        stage: progress.stage,
        // Waves as the planner's preview numbers them (1-based); 0 while no wave is upgrading.
        totalWaves: task.waves.length,
        currentWave: progress.batch >= 0 ? progress.batch + 1 : 0,
        ...(failed ? { failedWave: progress.batch + 1 } : {}),
        totalNodes: task.waves.reduce((sum, wave) => sum + wave.length, 0),
        upgradedNodes: progress.upgradedNodes,
        upgradingNodes: progress.batch >= 0 && !failed ? (task.waves[progress.batch]?.length ?? 0) : 0,
        addons: task.addons.map((addon) => ({ addonTemplateName: addon.addonTemplateName, version: addon.version })),
        automaticAddons: task.automaticAddons.map((addon) => ({ addonTemplateName: addon.addonTemplateName, version: addon.version })),
      },
    },
    status: {
      phase: progress.phase,
      progress: `${progress.percent}%`,
      ...(done ? { completionTime: cceTime(progress.endsAt) } : {}),
      ...(reason === undefined ? {} : { reason, message: reason }),
    },
  };
}
