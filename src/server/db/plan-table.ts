import type { Insertable, Selectable, Transaction } from 'kysely';
import type { Actor, PreCheckRecord, Revision } from '../../shared/plans-api';
import type { Db } from './database';
import type { PlanTable, PlanRevisionTable, Tables } from './tables';

/** A revision about to be stored: everything but the plan it joins. */
export type NewRevision = Omit<Revision, 'planId' | 'revision' | 'poolNames' | 'createdAt'> & { createdAt: Date };

export type PlanRow = Selectable<PlanTable>;

export interface Submission {
  revision: number;
  taskId: string;
  by: Actor;
}

/** Thrown when revision n+1 cannot be added: a newer revision exists, or the plan was submitted. */
export class RevisionStaleError extends Error {}

const revisionRow = (planId: string, revision: number, r: NewRevision): Insertable<PlanRevisionTable> => ({
  plan_id: planId,
  revision,
  author_subject: r.author.subject,
  author_name: r.author.name,
  created_at: r.createdAt,
  request: r.request,
  body_sha256: r.bodySha256,
  plan: JSON.stringify(r.plan),
  accepted_risks: JSON.stringify(r.acceptedRisks),
  pre_check: r.preCheck ? JSON.stringify(r.preCheck) : null,
  snapshot: JSON.stringify(r.snapshot),
  snapshot_sha256: r.snapshotSha256,
});

/** What the plan row repeats of its latest revision, for lists. */
const listed = (r: NewRevision) => ({
  cluster_name: r.snapshot.cluster.name,
  from_version: r.snapshot.cluster.version,
  target_version: r.plan.targetVersion,
  updated_at: r.createdAt,
});

/** Plans and their immutable revisions. Revision numbers are the table's key, so two saves of n+1 cannot both land. */
export function planTable(db: Db) {
  const lockPlan = (trx: Transaction<Tables>, id: string) => trx.selectFrom('plan').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

  return {
    async create(id: string, first: NewRevision): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('plan')
          .values({
            id,
            cluster_id: first.snapshot.cluster.id,
            author_subject: first.author.subject,
            author_name: first.author.name,
            created_at: first.createdAt,
            latest_revision: 1,
            submitted: null,
            submitted_at: null,
            ...listed(first),
          })
          .execute();
        await trx.insertInto('plan_revision').values(revisionRow(id, 1, first)).execute();
      });
    },

    /** Adds revision basedOn + 1; throws RevisionStaleError when basedOn is not the latest or the plan went out. */
    async revise(id: string, basedOn: number, next: NewRevision): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const plan = await lockPlan(trx, id);
        if (!plan || plan.latest_revision !== basedOn || plan.submitted !== null) throw new RevisionStaleError();
        const revision = basedOn + 1;
        await trx.insertInto('plan_revision').values(revisionRow(id, revision, next)).execute();
        await trx.updateTable('plan').set({ latest_revision: revision, ...listed(next) }).where('id', '=', id).execute();
        return revision;
      });
    },

    find: (id: string): Promise<PlanRow | undefined> => db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirst(),

    /** Every plan of the given clusters ('all': every plan), newest first, with its latest revision's hashes and pre-check. */
    list(clusters: 'all' | string[]) {
      if (clusters !== 'all' && clusters.length === 0) return Promise.resolve([]);
      let query = db
        .selectFrom('plan')
        .innerJoin('plan_revision', (join) => join.onRef('plan_revision.plan_id', '=', 'plan.id').onRef('plan_revision.revision', '=', 'plan.latest_revision'))
        .selectAll('plan')
        .select(['plan_revision.body_sha256', 'plan_revision.snapshot_sha256', 'plan_revision.pre_check'])
        .orderBy('plan.updated_at', 'desc')
        .limit(1000);
      if (clusters !== 'all') query = query.where('plan.cluster_id', 'in', clusters);
      return query.execute();
    },

    /** When a plan of this cluster other than `exceptId` was last submitted, if ever. */
    async lastSubmitOf(clusterId: string, exceptId: string): Promise<Date | undefined> {
      const row = await db
        .selectFrom('plan')
        .select((eb) => eb.fn.max('submitted_at').as('at'))
        .where('cluster_id', '=', clusterId)
        .where('id', '<>', exceptId)
        .executeTakeFirst();
      return row?.at ?? undefined;
    },

    async revision(id: string, revision: number): Promise<Revision | undefined> {
      const row = await db.selectFrom('plan_revision').selectAll().where('plan_id', '=', id).where('revision', '=', revision).executeTakeFirst();
      return row && revisionOf(row);
    },

    summaries: (id: string) =>
      db
        .selectFrom('plan_revision')
        .select(['revision', 'author_subject', 'author_name', 'created_at', 'body_sha256', 'snapshot_sha256', 'pre_check'])
        .where('plan_id', '=', id)
        .orderBy('revision')
        .execute(),

    /** Records the revision CCE accepted; the first record stands (a replayed answer names the same task). */
    async submitted(id: string, submission: Submission, at: Date): Promise<void> {
      await db.updateTable('plan').set({ submitted: JSON.stringify(submission), submitted_at: at }).where('id', '=', id).where('submitted', 'is', null).execute();
    },
  };
}

export type PlanStore = ReturnType<typeof planTable>;

function revisionOf(row: Selectable<PlanRevisionTable>): Revision {
  const snapshot = JSON.parse(row.snapshot) as Revision['snapshot'];
  return {
    planId: row.plan_id,
    revision: row.revision,
    author: { subject: row.author_subject, name: row.author_name },
    createdAt: row.created_at.toISOString(),
    request: row.request,
    bodySha256: row.body_sha256,
    plan: JSON.parse(row.plan) as Revision['plan'],
    poolNames: Object.fromEntries(snapshot.pools.map((pool) => [pool.id, pool.name])),
    acceptedRisks: JSON.parse(row.accepted_risks) as Revision['acceptedRisks'],
    preCheck: row.pre_check === null ? null : (JSON.parse(row.pre_check) as PreCheckRecord),
    snapshot,
    snapshotSha256: row.snapshot_sha256,
  };
}
