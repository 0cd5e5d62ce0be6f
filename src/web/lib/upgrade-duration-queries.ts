import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DurationAssumptions } from '../../shared/duration-model';
import { type UpgradeDurations, upgradeDurationsSchema } from '../../shared/upgrade-durations';
import { apiFetch } from './api-client';
import { clusterQueries } from './cluster-queries';

// Under the cluster's key, so invalidating ['clusters', projectId] or the cluster refreshes it too.
export const upgradeDurationQueries = {
  /** How long the cluster's waves took in the upgrades this planner watched (GET /api/clusters/:id/upgrade-durations). */
  history: (projectId: string, clusterId: string) =>
    queryOptions({
      queryKey: [...clusterQueries.all(projectId), clusterId, 'upgrade-durations'],
      queryFn: ({ signal }) =>
        apiFetch({ url: `/api/clusters/${encodeURIComponent(clusterId)}/upgrade-durations`, schema: upgradeDurationsSchema, init: { signal } }),
    }),
};

/** Fewer waves than this say little about a pool: P90 of two waves is mostly the slower one. */
export const MIN_MEASURED_WAVES = 3;

/**
 * The estimate's `measuredWave`: P50–P90 per pool, only for pools with at least `minWaves` measured waves; undefined
 * when no pool has that many, so the estimate then assumes every wave and says so.
 */
export function measuredAssumptions(history: UpgradeDurations, minWaves = MIN_MEASURED_WAVES): DurationAssumptions['measuredWave'] {
  const measured = history.pools.filter((pool) => pool.waves >= minWaves).map((pool) => [pool.poolId, { low: pool.p50Minutes, high: pool.p90Minutes }] as const);
  return measured.length > 0 ? Object.fromEntries(measured) : undefined;
}

/** The cluster's measured wave durations, as the estimate takes them; `data` is undefined while loading or when none. */
export function useMeasuredWaves(projectId: string, clusterId: string) {
  return useQuery({ ...upgradeDurationQueries.history(projectId, clusterId), select: (history) => measuredAssumptions(history) });
}
