import { sql } from 'kysely';
import { auditEntrySchema } from '../audit/audit-log';
import type { Sighting, WaveTiming } from '../upgrade-history/wave-timing';
import type { Db } from './database';

export interface MeasuredWave extends WaveTiming {
  poolId: string | null;
  nodes: number | null;
}

/** The measured waves of a cluster's upgrades, and the sightings they are measured from. */
export function upgradeHistoryTable(db: Db) {
  return {
    /**
     * Folds one poll into the task's sightings. Commutative (least/greatest/or), so replicas polling at once need no
     * lock and a repeated poll changes nothing it should not.
     */
    async sight(clusterId: string, taskId: string, position: number, interrupted: boolean, at: Date): Promise<void> {
      await db
        .insertInto('upgrade_task_sighting')
        .values({ cluster_id: clusterId, task_id: taskId, position, first_seen: at, last_seen: at, interrupted })
        .onConflict((oc) =>
          oc.columns(['cluster_id', 'task_id', 'position']).doUpdateSet({
            first_seen: sql`least(upgrade_task_sighting.first_seen, excluded.first_seen)`,
            last_seen: sql`greatest(upgrade_task_sighting.last_seen, excluded.last_seen)`,
            interrupted: sql`upgrade_task_sighting.interrupted or excluded.interrupted`,
          }),
        )
        .execute();
    },

    async sightings(clusterId: string, taskId: string): Promise<Sighting[]> {
      const rows = await db.selectFrom('upgrade_task_sighting').selectAll().where('cluster_id', '=', clusterId).where('task_id', '=', taskId).execute();
      return rows.map((row) => ({ position: row.position, firstSeen: row.first_seen.getTime(), lastSeen: row.last_seen.getTime(), interrupted: row.interrupted }));
    },

    async isMeasured(clusterId: string, taskId: string): Promise<boolean> {
      const row = await db.selectFrom('upgrade_task_measured').select('task_id').where('cluster_id', '=', clusterId).where('task_id', '=', taskId).executeTakeFirst();
      return row !== undefined;
    },

    /** Records a task's waves once: the replica whose marker row goes in writes them; any other finds it there and stops. */
    async recordMeasured(clusterId: string, taskId: string, waves: readonly MeasuredWave[], at: Date): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const marked = await trx
          .insertInto('upgrade_task_measured')
          .values({ cluster_id: clusterId, task_id: taskId, measured_at: at })
          .onConflict((oc) => oc.doNothing())
          .returning('task_id')
          .executeTakeFirst();
        if (!marked || waves.length === 0) return marked !== undefined;
        await trx
          .insertInto('upgrade_wave_duration')
          .values(waves.map((wave) => ({ cluster_id: clusterId, task_id: taskId, wave: wave.wave, pool_id: wave.poolId, nodes: wave.nodes, shortest_ms: wave.shortestMs, longest_ms: wave.longestMs })))
          .execute();
        return true;
      });
    },

    async waves(clusterId: string): Promise<Array<MeasuredWave & { taskId: string }>> {
      const rows = await db.selectFrom('upgrade_wave_duration').selectAll().where('cluster_id', '=', clusterId).orderBy('task_id').orderBy('wave').execute();
      return rows.map((row) => ({ taskId: row.task_id, wave: row.wave, poolId: row.pool_id, nodes: row.nodes, shortestMs: row.shortest_ms, longestMs: row.longest_ms }));
    },

    /** The upgrade request CCE accepted when it created the task, from the audit log; undefined when this planner did not send it. */
    async acceptedRequest(clusterId: string, taskId: string): Promise<unknown> {
      const rows = await db.selectFrom('audit_log').select('entry').where('cluster_id', '=', clusterId).where('kind', '=', 'upgrade').where('outcome', '=', 'accepted').execute();
      for (const row of rows) {
        const entry = auditEntrySchema.safeParse(JSON.parse(row.entry));
        if (entry.success && entry.data.taskId === taskId) return entry.data.body;
      }
      return undefined;
    },
  };
}
export type UpgradeHistoryTable = ReturnType<typeof upgradeHistoryTable>;
