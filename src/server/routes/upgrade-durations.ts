import type { FastifyPluginAsync } from 'fastify';
import { groupBy } from '../../shared/inventory';
import { type UpgradeDurations, waveDurationStats } from '../../shared/upgrade-durations';
import { clusterParams } from '../auth/route-access';
import { parsePathParam } from '../cce/allow-list';
import type { UpgradeHistoryTable } from '../db/upgrade-history-table';

/** A wave's length as one number: the middle of what its sightings allow (at most a minute or a quarter either way). */
const middleMs = (wave: { shortestMs: number; longestMs: number }) => (wave.shortestMs + wave.longestMs) / 2;

/**
 * GET /api/clusters/:clusterId/upgrade-durations — P50–P90 of the waves this planner measured in the cluster's
 * succeeded upgrades, per pool and for the cluster; what the estimate calibrates against. Readable by whoever may read
 * the cluster.
 */
export const upgradeDurationRoutes: FastifyPluginAsync<{ table: UpgradeHistoryTable }> = async (app, { table }) => {
  app.get<{ Params: { clusterId: string } }>(
    '/api/clusters/:clusterId/upgrade-durations',
    { config: { access: { needs: 'viewer', clusters: clusterParams('clusterId'), limit: 'read' } } },
    async (request): Promise<UpgradeDurations> => {
      const clusterId = parsePathParam('cluster_id', request.params.clusterId);
      const waves = await table.waves(clusterId);
      const byPool = groupBy(waves.filter((wave) => wave.poolId !== null), (wave) => wave.poolId ?? '');
      return {
        clusterId,
        tasks: new Set(waves.map((wave) => wave.taskId)).size,
        cluster: waveDurationStats(waves.map(middleMs)) ?? null,
        pools: [...byPool].map(([poolId, poolWaves]) => ({ poolId, ...waveDurationStats(poolWaves.map(middleMs))! })).sort((a, b) => (a.poolId < b.poolId ? -1 : a.poolId > b.poolId ? 1 : 0)),
      };
    },
  );
};
