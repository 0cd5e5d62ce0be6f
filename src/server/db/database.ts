import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { DatabaseError } from './database-error';
import { migrate } from './migrations';
import { pglitePool } from './pglite-pool';
import type { Tables } from './tables';

export type Db = Kysely<Tables>;
export { DatabaseError };

/** Where the BFF keeps its state: its tables, in `schema`, on the embedded database or a PostgreSQL server. */
export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'postgres';
  readonly schema: string;
  /** Rejects when the database does not answer (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseLocation =
  /** The embedded database: in `dataDir`, or in memory when it is omitted (tests). */
  | { driver: 'pglite'; dataDir?: string }
  | { driver: 'postgres'; url: string };

/** The server as it may be printed: host, port and database, never a password (which may also hide in the query). */
function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ''}${parsed.host}${parsed.pathname}`;
  } catch {
    return 'an unparsable URL';
  }
}

/** A schema name; 58 characters at most, so demo mode's `_demo` still fits PostgreSQL's 63. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,57}$/;

/** A pool towards a PostgreSQL server, as Kysely's root: every replica's, and the tests'. */
export function postgresRoot(url: string, max = 10): Kysely<unknown> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  // An idle client's error (the server restarting) must not crash the BFF; the next query reconnects.
  pool.on('error', () => undefined);
  return new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
}

function reason(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(reason).join('; ');
  return error instanceof Error ? error.message || error.name : String(error);
}

async function openRoot(location: DatabaseLocation): Promise<{ root: Kysely<unknown>; unlock?: () => Promise<void> }> {
  if (location.driver === 'postgres') {
    const root = postgresRoot(location.url);
    const encoding = await sql<{ server_encoding: string }>`show server_encoding`.execute(root).then(
      (result) => result.rows[0]?.server_encoding,
      async (error: unknown) => {
        await root.destroy();
        throw new DatabaseError(`Cannot reach the PostgreSQL server at DATABASE_URL (${serverOf(location.url)}): ${reason(error)}. Check DATABASE_URL, or unset it to use the embedded database.`, { cause: error });
      },
    );
    // The audit chain hashes each record's UTF-8 text in SQL and in code; another encoding would make them disagree.
    if (encoding !== 'UTF8') {
      await root.destroy();
      throw new DatabaseError(`The database at DATABASE_URL (${serverOf(location.url)}) is encoded ${encoding}; the planner needs a UTF8 database (CREATE DATABASE … ENCODING 'UTF8').`);
    }
    return { root };
  }
  const unlock = location.dataDir ? await lockDataDir(location.dataDir) : undefined;
  try {
    const pglite = await PGlite.create(location.dataDir ? { dataDir: location.dataDir } : {});
    return { root: new Kysely<unknown>({ dialect: new PostgresDialect({ pool: pglitePool(pglite) }) }), ...(unlock ? { unlock } : {}) };
  } catch (error) {
    await unlock?.();
    throw new DatabaseError(`Cannot open the embedded database in DATA_DIR (${location.dataDir}): ${reason(error)}. Set DATA_DIR to a writable directory.`, { cause: error });
  }
}

/** The BFF's tables in `schema` of a database already open; migrated before it is returned. */
export async function databaseIn(root: Kysely<unknown>, driver: Database['driver'], schema: string, close: () => Promise<void>): Promise<Database> {
  if (!SCHEMA_NAME.test(schema)) throw new DatabaseError(`"${schema}" is not a schema name (lower-case letters, digits and _).`);
  await migrate(root, schema);
  return {
    db: root.withSchema(schema) as Db,
    driver,
    schema,
    ping: async () => void (await sql`select 1`.execute(root)),
    close,
  };
}

/** Opens the database, applies pending migrations (at most one replica at a time) and answers the BFF's tables. */
export async function openDatabase(location: DatabaseLocation, schema: string): Promise<Database> {
  const { root, unlock } = await openRoot(location);
  const close = async () => {
    await root.destroy();
    await unlock?.();
  };
  try {
    return await databaseIn(root, location.driver, schema, close);
  } catch (error) {
    await close();
    throw error;
  }
}
