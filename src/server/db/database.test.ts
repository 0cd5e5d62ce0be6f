import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, testDatabase } from '../testing/test-database';
import { postgresRoot } from './database';
import { migrate } from './migrations';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

describe('the database', () => {
  it('applies its migrations once, however many replicas start at once', async () => {
    const database = await testDatabase();
    opened.push(database);
    const root = database.db.withoutPlugins();
    // A schema nobody migrated yet, as when replicas first start against an empty database.
    const schema = `${database.schema}_new`;
    try {
      await Promise.all([migrate(root, schema), migrate(root, schema), migrate(root, schema)]);
      const applied = await sql<{ name: string }>`select name from ${sql.table(`${schema}.kysely_migration`)}`.execute(root);
      expect(applied.rows.map((row) => row.name)).toEqual(['0001-initial', '0002-plans', '0003-upgrade-durations']);
      await expect(root.withSchema(schema).selectFrom('audit_head' as never).select('seq' as never).execute()).resolves.toEqual([{ seq: 0 }]);
    } finally {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(root);
    }
  });

  // Kysely's migrator scans every schema's tables; on a shared server other schemas come and go meanwhile. Only a real
  // second connection can drop them mid-scan, so this runs on PostgreSQL (`npm run test:pg`).
  it.runIf(TEST_DATABASE_URL)('starts while other schemas of the same database are dropped during its scan of their tables', async () => {
    const database = await testDatabase();
    opened.push(database);
    const root = database.db.withoutPlugins();
    const other = postgresRoot(TEST_DATABASE_URL ?? '');
    let churning = true;
    const churn = (async () => {
      for (let round = 0; churning; round += 1) {
        const names = Array.from({ length: 10 }, (_, i) => `${database.schema}_churn_${round}_${i}`);
        for (const name of names) await sql`create schema ${sql.id(name)}; create table ${sql.table(`${name}.t`)} (a int, b text)`.execute(other);
        await Promise.all(names.map((name) => sql`drop schema ${sql.id(name)} cascade`.execute(other)));
      }
    })();
    const schemas = Array.from({ length: 8 }, (_, i) => `${database.schema}_m${i}`);
    try {
      for (const schema of schemas) await migrate(root, schema);
    } finally {
      churning = false;
      await churn;
      for (const schema of schemas) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(root);
      await other.destroy();
    }
  });

  it('never hands the values of a failed statement to whoever logs its error', async () => {
    const database = await testDatabase();
    opened.push(database);
    const error: unknown = await sql`select 1 / ${0} as secret_${sql.raw('x')}, ${'pkce-verifier-value'}::text`.execute(database.db).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.stringify(error)).not.toContain('pkce-verifier-value');
    expect(error).not.toHaveProperty('params');
  });

  it('allows one submit in flight per cluster and one current submit per plan, whatever the code does', async () => {
    const database = await testDatabase();
    opened.push(database);
    const row = (key: string, fingerprint: string, cluster: string) => ({
      idempotency_key: key, fingerprint, cluster_id: cluster, kind: 'upgrade', state: 'pending' as const,
      sent_at: new Date(), deadline: new Date(), result: null, superseded_by: null,
    });
    await database.db.insertInto('submit').values(row('k1', 'plan-a', 'c1')).execute();
    await expect(database.db.insertInto('submit').values(row('k2', 'plan-b', 'c1')).execute()).rejects.toThrow(/unique|duplicate/i);
    await expect(database.db.insertInto('submit').values({ ...row('k3', 'plan-a', 'c2'), state: 'accepted' }).execute()).rejects.toThrow(/unique|duplicate/i);
  });
});
