import { z } from 'zod/mini';
import { poolIdSchema } from './ids';
import type { Wave } from './waves';
import { schemaMessage } from './schema-messages';

/** Minutes as an honest range: the planner never claims one number for how long CCE takes. */
export interface MinutesRange {
  low: number;
  high: number;
}

/**
 * What the estimate assumes, every part visible and editable in the wizard. A wave of n nodes takes
 * `waveOverhead + n × perNode`, unless this planner has measured the pool's waves before (`measuredWave`, P50–P90).
 */
export interface DurationAssumptions {
  controlPlane: MinutesRange;
  waveOverhead: MinutesRange;
  perNode: MinutesRange;
  /** Each patched add-on, upgraded by CCE after the cluster. */
  perAddon: MinutesRange;
  postCheck: MinutesRange;
  /** Per pool id: measured minutes per wave from this planner's finished upgrades; replaces overhead + per-node there. */
  measuredWave?: Readonly<Record<string, MinutesRange>>;
}

export type PhaseKind = 'control-plane' | 'wave' | 'addons' | 'post-check';

/** One bar of the timeline: when it starts after the upgrade begins, and how long it takes, both as ranges. */
export interface Phase {
  kind: PhaseKind;
  /** Set for `wave` phases only. */
  wave?: Wave;
  start: MinutesRange;
  duration: MinutesRange;
  /** Where a wave's duration came from: the assumptions, or this planner's measurements of the pool. */
  source?: 'assumed' | 'measured';
}

export interface Estimate {
  /** Control plane, then the waves in order, then add-ons (only when some are patched), then the post-check. */
  phases: Phase[];
  total: MinutesRange;
}

/**
 * When the user may upgrade: a local start in an IANA time zone and a length. The plan is taken to start when the
 * window opens.
 */
export interface MaintenanceWindow {
  /** `YYYY-MM-DDTHH:mm`, wall-clock time in `timeZone`. */
  start: string;
  timeZone: string;
  minutes: number;
}

const ZERO: MinutesRange = { low: 0, high: 0 };
const add = (a: MinutesRange, b: MinutesRange): MinutesRange => ({ low: a.low + b.low, high: a.high + b.high });
const times = (n: number, r: MinutesRange): MinutesRange => ({ low: n * r.low, high: n * r.high });

/**
 * What the planner assumes until the user edits it or has measured their own pools. CCE publishes no durations, so
 * these come from other clouds' published figures for the same kind of rolling node upgrade (README, "How long an
 * upgrade takes: the duration model", has the links).
 */
export const DEFAULT_ASSUMPTIONS: DurationAssumptions = {
  // A community CCE planning guide puts the control plane at 10–30 min; Huawei gives no figure.
  controlPlane: { low: 10, high: 30 },
  // OpenShift: "5 or more minutes" per node drained and updated; aks-engine: 5–20 min per node, p99 13 min measured
  // for a 3-node cluster. CCE's in-place upgrade keeps the VM, so the low end of those.
  waveOverhead: { low: 5, high: 10 },
  // Nodes of one wave upgrade together and CCE's in-place upgrade drains none ("running workload services will not be
  // interrupted", its upgrade precautions); a wider wave still waits for its slowest node. No published figure; a
  // 20-node wave comes to 7–20 min.
  perNode: { low: 0.1, high: 0.5 },
  // The community CCE guide: 5–8 min for core add-ons such as CoreDNS and metrics-server.
  perAddon: { low: 3, high: 8 },
  // CCE ends every upgrade with a verification step (its in-place upgrade guide); no figure given.
  postCheck: { low: 5, high: 15 },
};

/** Which fixed phases an estimate includes: all of them for a whole upgrade, some for one window of a split plan. */
export interface EstimateParts {
  controlPlane: boolean;
  postCheck: boolean;
}

/**
 * Control plane, then each wave in order, then the add-ons (when any are patched), then the post-check. Phases run one
 * after another, so the start of each is the running sum of the lows and of the highs before it.
 */
export function estimateUpgrade(
  waves: readonly Wave[],
  addonCount: number,
  assumptions: DurationAssumptions,
  parts: EstimateParts = { controlPlane: true, postCheck: true },
): Estimate {
  const phases: Phase[] = [];
  let end = ZERO;
  const push = (phase: Omit<Phase, 'start'>) => {
    phases.push({ ...phase, start: end });
    end = add(end, phase.duration);
  };
  if (parts.controlPlane) push({ kind: 'control-plane', duration: assumptions.controlPlane });
  for (const wave of waves) {
    const measured = assumptions.measuredWave?.[wave.poolId];
    if (measured) push({ kind: 'wave', wave, duration: measured, source: 'measured' });
    else push({ kind: 'wave', wave, duration: add(assumptions.waveOverhead, times(wave.nodes.length, assumptions.perNode)), source: 'assumed' });
  }
  if (addonCount > 0) push({ kind: 'addons', duration: times(addonCount, assumptions.perAddon) });
  if (parts.postCheck) push({ kind: 'post-check', duration: assumptions.postCheck });
  return { phases, total: end };
}

const rangeSchema = (max: number) =>
  z
    .strictObject({
      low: z.number().check(z.gte(0, schemaMessage('notNegative')), z.lte(max, schemaMessage('atMostMinutes', { max }))),
      high: z.number().check(z.gte(0, schemaMessage('notNegative')), z.lte(max, schemaMessage('atMostMinutes', { max }))),
    })
    .check(z.refine((range) => range.low <= range.high, { path: ['high'], ...schemaMessage('notBelowLow') }));

// Sane maxima: past these a figure is a typo (hours typed as minutes), not a slow cluster.
export const durationAssumptionsSchema = z.strictObject({
  controlPlane: rangeSchema(240),
  waveOverhead: rangeSchema(240),
  perNode: rangeSchema(60),
  perAddon: rangeSchema(120),
  postCheck: rangeSchema(240),
  measuredWave: z.optional(z.record(poolIdSchema, rangeSchema(1440))),
}) satisfies z.ZodMiniType<DurationAssumptions>;
