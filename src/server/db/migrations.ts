import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';

/** The chain's first link points here: a fixed value anyone can recompute. */
export const AUDIT_GENESIS = '0'.repeat(64);

// Migrations are code, listed in order; never edit one that has shipped, add the next.
const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('time', 'timestamptz', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('entry', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .execute();
      await db.schema.createIndex('audit_log_key').on('audit_log').column('idempotency_key').execute();
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .execute();
      await db.insertInto('audit_head' as never).values({ id: 1, seq: 0, hash: AUDIT_GENESIS, prev_hash: AUDIT_GENESIS } as never).execute();
      await db.schema
        .createTable('audit_import')
        .addColumn('file_sha256', 'text', (c) => c.primaryKey())
        .addColumn('lines', 'integer', (c) => c.notNull())
        .addColumn('imported_at', 'timestamptz', (c) => c.notNull())
        .execute();

      // An audit file from before the database that a replica could not import: every replica stops submitting until
      // it is fixed or removed, since it may record a sent submit the database lacks.
      await db.schema
        .createTable('audit_import_hold')
        .addColumn('path', 'text', (c) => c.primaryKey())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('since', 'timestamptz', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('submit')
        .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending', 'accepted', 'unknown', 'refused')`))
        .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
        .addColumn('deadline', 'timestamptz', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('superseded_by', 'text')
        .execute();
      // One current submit per plan, one submit in flight per cluster: across replicas, whatever the code does.
      await db.schema.createIndex('submit_current_plan').on('submit').column('fingerprint').unique().where(sql<boolean>`superseded_by is null and state <> 'refused'`).execute();
      await db.schema.createIndex('submit_pending_cluster').on('submit').column('cluster_id').unique().where(sql.ref('state'), '=', 'pending').execute();

      for (const table of ['session', 'login_transaction']) {
        await db.schema
          .createTable(table)
          .addColumn('id_sha256', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
          .execute();
        await db.schema.createIndex(`${table}_expires_at`).on(table).column('expires_at').execute();
      }
      // Unlogged: a counter lost in a server crash costs nothing, and skipping the WAL keeps each count from waiting on a
      // disk flush (every rate-limited request makes one).
      await db.schema
        .createTable('rate_limit')
        .modifyFront(sql`unlogged`)
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('window_ends', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('rate_limit_window_ends').on('rate_limit').column('window_ends').execute();
    },
  },
  // Reviewable plans. Revisions, reviews and comments are append-only; the plan row carries what lists need and the
  // one submit a plan may have. JSON parts are text, as the audit's entries are, so both drivers read them alike.
  '0002-plans': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('plan')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('cluster_name', 'text', (c) => c.notNull())
        .addColumn('from_version', 'text', (c) => c.notNull())
        .addColumn('target_version', 'text', (c) => c.notNull())
        .addColumn('author_subject', 'text', (c) => c.notNull())
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .addColumn('latest_revision', 'integer', (c) => c.notNull())
        .addColumn('submitted', 'text')
        .addColumn('submitted_at', 'timestamptz')
        .execute();
      await db.schema.createIndex('plan_cluster').on('plan').columns(['cluster_id', 'updated_at']).execute();
      await db.schema
        .createTable('plan_revision')
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
        .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
        .addColumn('author_subject', 'text', (c) => c.notNull())
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('request', 'text', (c) => c.notNull())
        .addColumn('body_sha256', 'text', (c) => c.notNull())
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('accepted_risks', 'text', (c) => c.notNull())
        .addColumn('pre_check', 'text')
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('snapshot_sha256', 'text', (c) => c.notNull())
        // Two people saving revision n+1 at once: one wins, the other is told a newer revision exists.
        .addPrimaryKeyConstraint('plan_revision_pk', ['plan_id', 'revision'])
        .execute();
      await db.schema
        .createTable('plan_review')
        .addColumn('seq', 'serial', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('reviewer_subject', 'text', (c) => c.notNull())
        .addColumn('reviewer_name', 'text', (c) => c.notNull())
        .addColumn('verdict', 'text', (c) => c.notNull().check(sql`verdict in ('approve', 'request-changes')`))
        .addColumn('reason', 'text')
        .addColumn('body_sha256', 'text', (c) => c.notNull())
        .addColumn('snapshot_sha256', 'text', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .addForeignKeyConstraint('plan_review_revision', ['plan_id', 'revision'], 'plan_revision', ['plan_id', 'revision'])
        .execute();
      await db.schema
        .createTable('plan_comment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('anchor', 'text', (c) => c.notNull())
        .addColumn('author_subject', 'text', (c) => c.notNull())
        .addColumn('author_name', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .addForeignKeyConstraint('plan_comment_revision', ['plan_id', 'revision'], 'plan_revision', ['plan_id', 'revision'])
        .execute();
      await db.schema.createIndex('plan_comment_plan').on('plan_comment').columns(['plan_id', 'at']).execute();
    },
  },
  // What this planner saw of its upgrade tasks, to calibrate its duration estimate. Sightings are folded in by every
  // replica's polls (first and last seen per task position); a task's waves are measured once, when it has succeeded.
  '0003-upgrade-durations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('upgrade_task_sighting')
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('task_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
        .addColumn('first_seen', 'timestamptz', (c) => c.notNull())
        .addColumn('last_seen', 'timestamptz', (c) => c.notNull())
        .addColumn('interrupted', 'boolean', (c) => c.notNull())
        .addPrimaryKeyConstraint('upgrade_task_sighting_pk', ['cluster_id', 'task_id', 'position'])
        .execute();
      await db.schema
        .createTable('upgrade_task_measured')
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('task_id', 'text', (c) => c.notNull())
        .addColumn('measured_at', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('upgrade_task_measured_pk', ['cluster_id', 'task_id'])
        .execute();
      await db.schema
        .createTable('upgrade_wave_duration')
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('task_id', 'text', (c) => c.notNull())
        .addColumn('wave', 'integer', (c) => c.notNull().check(sql`wave >= 1`))
        // Null when the wave could not be put in a pool (a task the planner did not submit, or a cluster since changed).
        .addColumn('pool_id', 'text')
        .addColumn('nodes', 'integer')
        .addColumn('shortest_ms', 'integer', (c) => c.notNull().check(sql`shortest_ms >= 0`))
        .addColumn('longest_ms', 'integer', (c) => c.notNull().check(sql`longest_ms >= shortest_ms`))
        .addPrimaryKeyConstraint('upgrade_wave_duration_pk', ['cluster_id', 'task_id', 'wave'])
        .addForeignKeyConstraint('upgrade_wave_duration_task', ['cluster_id', 'task_id'], 'upgrade_task_measured', ['cluster_id', 'task_id'])
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Kysely's migrator asks whether its tables exist by listing the tables and columns of every schema in the database.
 * When another schema is dropped during that scan (another application's, or another test's on a shared server),
 * PostgreSQL answers that a schema, table or column it was listing does not exist. Nothing was migrated yet (no
 * results): that is worth another look, not a failed start. A schema that really is broken fails every look.
 */
const catalogRaces = new Set(['3F000', '42P01', '42703']);
const scanRaced = (error: unknown, results: unknown) => results === undefined && catalogRaces.has(String((error as { code?: unknown } | null)?.code));

/**
 * Brings the schema up to date in one transaction. Kysely's migrator takes a lock (an advisory lock on PostgreSQL)
 * first, so replicas starting at once wait for each other and only the first applies anything.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any version of the tables, so no one type fits (Kysely's own advice)
export async function migrate(root: Kysely<any>, schema: string): Promise<void> {
  const migrator = new Migrator({ db: root.withSchema(schema), provider, migrationTableSchema: schema });
  for (let attempt = 1; ; attempt += 1) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return;
    if (attempt < 5 && scanRaced(error, results)) continue;
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Could not migrate the database schema "${schema}"${failed ? ` (migration ${failed})` : ''}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
