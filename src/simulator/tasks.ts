import type { UpgradeTask } from '../shared/cce-responses';
import { cceTime } from './format';
import type { SimTask } from './model';

// Share of the task's wall time spent in each stage; what is left after NODES_END goes to add-ons.
const INIT_END = 0.05;
const MASTER_END = 0.2;
const NODES_END = 0.9;

export type TaskStage = 'Init' | 'Master' | 'Nodes' | 'Addons' | 'Done';

export interface TaskProgress {
  phase: 'Init' | 'Running' | 'Success';
  stage: TaskStage;
  percent: number;
  /** Index into task.waves of the batch being upgraded, or -1. */
  batch: number;
  upgradedNodes: number;
  endsAt: number;
}

/** Where a task stands at `now`: pure, so a read at the same instant always gives the same answer. */
export function progressAt(task: SimTask, now: number): TaskProgress {
  const endsAt = task.startedAt + task.durationMs;
  const fraction = task.applied ? 1 : Math.max(0, (now - task.startedAt) / task.durationMs);
  const total = task.waves.reduce((sum, wave) => sum + wave.length, 0);
  const base = { percent: Math.min(99, Math.floor(fraction * 100)), batch: -1, upgradedNodes: 0, endsAt };
  if (fraction >= 1) return { ...base, phase: 'Success', stage: 'Done', percent: 100, upgradedNodes: total };
  if (fraction < INIT_END) return { ...base, phase: 'Init', stage: 'Init', percent: 0 };
  if (fraction < MASTER_END) return { ...base, phase: 'Running', stage: 'Master' };
  if (fraction >= NODES_END || task.waves.length === 0) return { ...base, phase: 'Running', stage: 'Addons', upgradedNodes: total };
  const batch = Math.floor(((fraction - MASTER_END) / (NODES_END - MASTER_END)) * task.waves.length);
  const upgradedNodes = task.waves.slice(0, batch).reduce((sum, wave) => sum + wave.length, 0);
  return { ...base, phase: 'Running', stage: 'Nodes', batch, upgradedNodes };
}

export function upgradingNodes(task: SimTask, now: number): ReadonlySet<string> {
  const { batch } = progressAt(task, now);
  return new Set(batch >= 0 ? task.waves[batch] : []);
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
  return {
    apiVersion: 'v3',
    kind: 'UpgradeTask',
    metadata: {
      uid: task.uid,
      creationTimestamp: cceTime(task.startedAt),
      updateTimestamp: cceTime(done ? progress.endsAt : Math.max(task.startedAt, now)),
    },
    spec: {
      version: task.version,
      targetVersion: task.targetVersion,
      items: {
        stage: progress.stage,
        // Waves as the planner's preview numbers them (1-based); 0 while no wave is upgrading.
        totalWaves: task.waves.length,
        currentWave: progress.batch >= 0 ? progress.batch + 1 : 0,
        totalNodes: task.waves.reduce((sum, wave) => sum + wave.length, 0),
        upgradedNodes: progress.upgradedNodes,
        upgradingNodes: progress.batch >= 0 ? (task.waves[progress.batch]?.length ?? 0) : 0,
        addons: task.addons.map((addon) => ({ addonTemplateName: addon.addonTemplateName, version: addon.version })),
      },
    },
    status: {
      phase: progress.phase,
      progress: `${progress.percent}%`,
      ...(done ? { completionTime: cceTime(progress.endsAt) } : {}),
    },
  };
}
