import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, databaseIn, postgresRoot } from '../db/database';
import { pglitePool } from '../db/pglite-pool';

/**
 * Storage tests run on the embedded database by default and on a real PostgreSQL server when TEST_DATABASE_URL is
 * set (`npm run test:pg`). Opening PGlite takes seconds, so a test file shares one (in memory) and each test gets a
 * schema of its own: the same isolation the planner's demo and real modes have, on both drivers.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

let shared: Promise<{ root: Kysely<unknown>; driver: Database['driver'] }> | undefined;

/**
 * An in-memory PGlite, started from a copy of a freshly initialised one kept in the temporary directory: initialising
 * takes 3–6 s on a busy two-core machine, loading the copy 1–2 s, and every test file that touches the BFF needs one.
 */
async function freshPglite(): Promise<PGlite> {
  const { version } = JSON.parse(readFileSync(new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string };
  const copy = join(tmpdir(), `cce-planner-pglite-${version}.tar`);
  const saved = await readFile(copy).catch(() => undefined);
  if (saved) return PGlite.create({ loadDataDir: new Blob([saved]) });
  const pglite = await PGlite.create();
  const dump = await pglite.dumpDataDir('none');
  // Written aside and renamed, so a test file starting alongside reads a whole copy or none.
  const partial = `${copy}.${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, copy);
  return pglite;
}

function sharedRoot() {
  shared ??= (async () => {
    if (TEST_DATABASE_URL) return { root: postgresRoot(TEST_DATABASE_URL), driver: 'postgres' as const };
    return { root: new Kysely<unknown>({ dialect: new PostgresDialect({ pool: pglitePool(await freshPglite()) }) }), driver: 'pglite' as const };
  })();
  return shared;
}

/** A fresh, migrated schema; closing it drops the schema (the shared connection stays for the file's next test). */
export async function testDatabase(): Promise<Database> {
  const { root, driver } = await sharedRoot();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return databaseIn(root, driver, schema, async () => {
    // A test may close its BFF while a submit it left running still settles (inject does not wait for it): PostgreSQL
    // may then pick the drop as a deadlock's victim (40P01). The drop goes again once that transaction has ended.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(root);
        return;
      } catch (error) {
        if (attempt >= 5 || (error as { code?: unknown }).code !== '40P01') throw error;
      }
    }
  });
}

/** Another handle on the same tables whose close leaves them be: a BFF that closes before the test reads them. */
export const unclosed = (database: Database): Database => ({ ...database, close: async () => undefined });

/**
 * Another replica's handle on the same schema: its own connection pool on PostgreSQL, so replicas really run side by
 * side; on the embedded database (one connection per process) the same one. Closing it leaves the schema in place.
 */
export async function replicaOf(database: Database): Promise<Database> {
  if (!TEST_DATABASE_URL) return unclosed(database);
  const root = postgresRoot(TEST_DATABASE_URL);
  return databaseIn(root, 'postgres', database.schema, () => root.destroy());
}
