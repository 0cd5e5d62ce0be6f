import type { AddonInstance } from '../../../shared/cce-responses';
import { translate } from '../../i18n/parts/task';

type TaskId = Parameters<typeof translate>[0];

// The planner's words for CCE's task phases and stages, keyed by CCE's value.
const phases: Partial<Record<string, TaskId>> = {
  Init: 'task.phase.Init',
  Queuing: 'task.phase.Queuing',
  Running: 'task.phase.Running',
  Pause: 'task.phase.Pause',
  Success: 'task.phase.Success',
  Failed: 'task.phase.Failed',
};

const stages: Partial<Record<string, TaskId>> = {
  Init: 'task.stage.Init',
  Master: 'task.stage.Master',
  Nodes: 'task.stage.Nodes',
  Addons: 'task.stage.Addons',
  Done: 'task.stage.Done',
};

/** A task phase in the planner's language; a phase CCE adds later is shown as CCE spells it. */
export const describePhase = (phase: string) => {
  const id = Object.hasOwn(phases, phase) ? phases[phase] : undefined;
  return id ? translate(id) : phase;
};
export const describeStage = (stage: string) => {
  const id = Object.hasOwn(stages, stage) ? stages[stage] : undefined;
  return id ? translate(id) : stage;
};

export type AddonTone = 'done' | 'busy' | 'failed' | 'waiting' | 'attention';

/** Where one patched add-on stands, from its live instance (reference §2.4) and the version the task takes it to. */
export function describeAddon(
  instance: AddonInstance | undefined,
  targetVersion: string | undefined,
  taskSucceeded: boolean,
): { tone: AddonTone; text: string } {
  if (!instance) return { tone: 'attention', text: translate('task.addon.notInstalled') };
  const { version } = instance.spec;
  const state = instance.status?.status ?? 'unknown';
  const arrived = targetVersion === undefined || version === targetVersion;
  switch (state) {
    case 'upgrading':
      return { tone: 'busy', text: translate('task.addon.upgrading', { version }) };
    case 'upgradeFailed': {
      // CCE's reason and message, as CCE sent them.
      const why = [instance.status?.Reason, instance.status?.message].filter(Boolean).join(' — ');
      return { tone: 'failed', text: translate('task.addon.failed', { version, reason: why || translate('task.addon.noReason') }) };
    }
    case 'running':
      if (arrived) return { tone: 'done', text: translate('task.addon.running', { version }) };
      return taskSucceeded
        ? { tone: 'attention', text: translate('task.addon.runningNotTarget', { version, target: targetVersion }) }
        : { tone: 'waiting', text: translate('task.addon.runningWaits', { version }) };
    default:
      // A status the planner has no words for is shown as CCE spells it.
      return { tone: arrived ? 'attention' : 'waiting', text: translate('task.addon.otherStatus', { status: state, version }) };
  }
}

