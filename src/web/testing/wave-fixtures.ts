import type { Estimate, MinutesRange, Phase } from '../../shared/duration-model';
import { emptyPlan, type Plan } from '../../shared/plan';
import type { Wave } from '../../shared/waves';
import type { WavePreviewProps } from '../features/upgrade-wizard/components/WavePreview';
import { ids, projectId } from './fixtures';
import { planningPool } from './planning-fixtures';

/** The canary batch: nodes labelled upgrade-wave=canary go first. */
export const canary = { nodeSelector: { key: 'upgrade-wave', operator: 'in' as const, value: ['canary'] }, priority: 10 };
/** general: 6 nodes, node 4 labelled canary. */
export const general = planningPool(ids.pool, 'general', 6, (i): Record<string, string> => (i === 4 ? { 'upgrade-wave': 'canary' } : {}));
/** DefaultPool: 2 nodes, no priority of its own. */
export const fallback = planningPool('DefaultPool', 'DefaultPool', 2);

/** A plan on prod-a to v1.29 with the given step. */
export const planOf = (step: number, extra: Partial<Plan> = {}): Plan => ({ ...emptyPlan(ids.prod), targetVersion: 'v1.29', userDefinedStep: step, ...extra });

/** WavePreview on general (priority 10, canary batch first) and DefaultPool, step 4: 4 waves, 8 nodes. */
export const smallWavePreview: WavePreviewProps = {
  projectId,
  plan: planOf(4, { nodePoolOrder: { [ids.pool]: 10 }, nodeOrder: { [ids.pool]: [canary] } }),
  pools: [fallback.pool, general.pool],
  nodes: [...fallback.nodes, ...general.nodes],
  labelSource: 'kubernetes',
};

/** A stand-in for the duration model: fixed ranges per phase, each starting when the one before ends (low and high apart). */
export function estimateOf(waves: readonly Wave[], addons = true): Estimate {
  const end: MinutesRange = { low: 0, high: 0 };
  const phase = (kind: Phase['kind'], duration: MinutesRange, wave?: Wave): Phase => {
    const start = { ...end };
    end.low += duration.low;
    end.high += duration.high;
    return { kind, start, duration, ...(wave ? { wave, source: 'assumed' as const } : {}) };
  };
  const phases = [
    phase('control-plane', { low: 20, high: 30 }),
    ...waves.map((wave) => phase('wave', { low: 8 + wave.nodes.length, high: 12 + 2 * wave.nodes.length }, wave)),
    ...(addons ? [phase('addons', { low: 5, high: 10 })] : []),
    phase('post-check', { low: 5, high: 5 }),
  ];
  return { phases, total: { ...end } };
}
