import type { FastifyBaseLogger } from 'fastify';
import { upgradeTaskListSchema, upgradeTaskSchema, type UpgradeTask } from '../../shared/cce-responses';
import type { OperationName } from '../../shared/cce-operations';
import { snapshotInventory } from '../../shared/cluster-snapshot';
import { upgradeRequestSchema } from '../../shared/upgrade-request';
import { computeWaves } from '../../shared/waves';
import type { UpgradeHistoryTable } from '../db/upgrade-history-table';
import { type SnapshotSource, takeSnapshot } from '../plans/take-snapshot';
import { measureWaves, taskPosition } from './wave-timing';

export interface UpgradeRecorderOptions {
  table: UpgradeHistoryTable;
  snapshots: SnapshotSource;
  now: () => number;
}

/**
 * Learns how long this cluster's waves take from the task reads the BFF relays anyway (the task view's polls, the
 * wizard's task list), timed by the BFF's own clock: the browser's word is never taken for a duration.
 */
export function upgradeRecorder({ table, snapshots, now }: UpgradeRecorderOptions) {
  /**
   * The pool of each wave, from the request this planner sent (its audit record) laid over the cluster as it is now:
   * the task itself does not say. One read of the cluster per succeeded task; none when the planner did not send it.
   * Null when the prediction does not give CCE's number of waves: then the waves count for the cluster only.
   */
  async function wavesOf(clusterId: string, taskId: string, totalWaves: number, log: FastifyBaseLogger) {
    const request = upgradeRequestSchema.safeParse(await table.acceptedRequest(clusterId, taskId));
    if (!request.success) return null;
    const { pools, nodes } = snapshotInventory(await takeSnapshot(snapshots, clusterId, log, now()));
    const waves = computeWaves(pools, nodes, request.data.spec.clusterUpgradeAction);
    return waves.length === totalWaves ? waves : null;
  }

  async function measure(clusterId: string, taskId: string, totalWaves: number, log: FastifyBaseLogger) {
    const timings = measureWaves(await table.sightings(clusterId, taskId), totalWaves);
    const predicted = timings.length > 0 ? await wavesOf(clusterId, taskId, totalWaves, log) : null;
    const waves = timings.map((timing) => {
      const wave = predicted?.[timing.wave - 1];
      return { ...timing, poolId: wave?.poolId ?? null, nodes: wave?.nodes.length ?? null };
    });
    if (await table.recordMeasured(clusterId, taskId, waves, new Date(now()))) log.info({ clusterId, taskId, waves: waves.length }, 'upgrade task measured');
  }

  /** Called with each task a relayed read returned. Never fails the read: a lost sighting only makes a wave less precise. */
  async function observe(clusterId: string, tasks: readonly UpgradeTask[], log: FastifyBaseLogger): Promise<void> {
    const at = new Date(now());
    for (const task of tasks) {
      const position = taskPosition(task);
      if (!position) continue;
      try {
        // A finished task's history is listed again and again; once measured, nothing about it changes.
        if (position.succeeded && (await table.isMeasured(clusterId, task.metadata.uid))) continue;
        await table.sight(clusterId, task.metadata.uid, position.position, position.interrupted, at);
        if (position.succeeded) await measure(clusterId, task.metadata.uid, position.totalWaves, log);
      } catch (error) {
        log.warn({ err: error, clusterId, taskId: task.metadata.uid }, 'could not record the upgrade task’s progress');
      }
    }
  }

  return {
    /** Looks at a CCE answer the proxy relays: only an upgrade task, or the list of them, is of interest. */
    async observeRead(operation: OperationName, clusterId: string | undefined, body: string, log: FastifyBaseLogger): Promise<void> {
      if (clusterId === undefined || (operation !== 'showUpgradeTask' && operation !== 'listUpgradeTasks')) return;
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return;
      }
      const tasks = operation === 'showUpgradeTask' ? [upgradeTaskSchema.safeParse(json).data] : upgradeTaskListSchema.safeParse(json).data?.items;
      await observe(clusterId, (tasks ?? []).filter((task) => task !== undefined), log);
    },
  };
}
export type UpgradeRecorder = ReturnType<typeof upgradeRecorder>;
