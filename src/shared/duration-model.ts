import type { Wave } from './waves';

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
