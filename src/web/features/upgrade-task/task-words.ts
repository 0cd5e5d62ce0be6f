import type { AddonInstance } from '../../../shared/cce-responses';

const phases: Record<string, string> = {
  Init: 'Starting',
  Queuing: 'Queued: waiting for CCE to start it',
  Running: 'Running',
  Pause: 'Paused',
  Success: 'Succeeded',
  Failed: 'Failed',
};

const stages: Record<string, string> = {
  Init: 'Preparing the upgrade',
  Master: 'Upgrading the control plane',
  Nodes: 'Upgrading the nodes',
  Addons: 'Upgrading the add-ons',
  Done: 'Finished',
};

/** A task phase in words; a phase CCE adds later is shown as CCE spells it. */
export const describePhase = (phase: string) => phases[phase] ?? phase;
export const describeStage = (stage: string) => stages[stage] ?? stage;

export type AddonTone = 'done' | 'busy' | 'failed' | 'waiting' | 'attention';

/** Where one patched add-on stands, from its live instance (reference §2.4) and the version the task takes it to. */
export function describeAddon(
  instance: AddonInstance | undefined,
  targetVersion: string | undefined,
  taskSucceeded: boolean,
): { tone: AddonTone; text: string } {
  if (!instance) return { tone: 'attention', text: 'Not installed on this cluster' };
  const { version } = instance.spec;
  const state = instance.status?.status ?? 'unknown';
  const arrived = targetVersion === undefined || version === targetVersion;
  switch (state) {
    case 'upgrading':
      return { tone: 'busy', text: `Upgrading (now on ${version})` };
    case 'upgradeFailed': {
      const why = [instance.status?.Reason, instance.status?.message].filter(Boolean).join(' — ');
      return { tone: 'failed', text: `Upgrade failed on ${version}: ${why || 'CCE gave no reason'}` };
    }
    case 'running':
      if (arrived) return { tone: 'done', text: `Running on ${version}` };
      return taskSucceeded
        ? { tone: 'attention', text: `Running on ${version}, not on ${targetVersion}` }
        : { tone: 'waiting', text: `Running on ${version}; waits for the add-on stage` };
    default:
      return { tone: arrived ? 'attention' : 'waiting', text: `${state} on ${version}` };
  }
}
