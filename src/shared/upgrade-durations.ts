import { z } from 'zod/mini';

/** P50 and P90 of measured wave durations, in minutes, and how many waves they come from. */
export const waveDurationStatsSchema = z.object({
  waves: z.int().check(z.positive()),
  p50Minutes: z.number().check(z.nonnegative()),
  p90Minutes: z.number().check(z.nonnegative()),
});
export type WaveDurationStats = z.infer<typeof waveDurationStatsSchema>;

export const poolWaveDurationsSchema = z.extend(waveDurationStatsSchema, { poolId: z.string() });
export type PoolWaveDurations = z.infer<typeof poolWaveDurationsSchema>;

/**
 * GET /api/clusters/:clusterId/upgrade-durations: how long this cluster's waves took in the upgrades this planner
 * watched. `cluster` counts every measured wave, also those it could not put in a pool; null before any.
 */
export const upgradeDurationsSchema = z.object({
  clusterId: z.string(),
  /** Succeeded upgrade tasks with at least one measured wave. */
  tasks: z.int().check(z.nonnegative()),
  cluster: z.nullable(waveDurationStatsSchema),
  pools: z.array(poolWaveDurationsSchema),
});
export type UpgradeDurations = z.infer<typeof upgradeDurationsSchema>;

/**
 * The p-th percentile (0–1) by linear interpolation between the closest ranks (Hyndman–Fan type 7, as spreadsheets
 * compute it), so P50 of two waves is their mean rather than whichever one a rank rule picks. NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const below = Math.floor(rank);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (rank - below) * (sorted[above]! - sorted[below]!);
}

// Tenths of a minute: finer would claim more than polls a few seconds apart can tell.
const toMinutes = (ms: number) => Math.round(ms / 6_000) / 10;

/** The stats of some waves' durations in ms; undefined for none. */
export function waveDurationStats(durationsMs: readonly number[]): WaveDurationStats | undefined {
  if (durationsMs.length === 0) return undefined;
  return { waves: durationsMs.length, p50Minutes: toMinutes(percentile(durationsMs, 0.5)), p90Minutes: toMinutes(percentile(durationsMs, 0.9)) };
}
