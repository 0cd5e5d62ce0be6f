import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/** The statement's command tag, which PGlite does not report: Kysely reads affected-row counts only for these. */
const COUNTED = /^\s*(insert|update|delete|merge)\b/i;

/**
 * PGlite as the `pg` pool Kysely's PostgresDialect expects, so both databases run through one dialect and one SQL.
 * PGlite is a single connection: each checkout holds it until released, so a transaction never interleaves with
 * another caller's statements.
 */
export function pglitePool(pglite: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();
  const client = (release: () => void): PostgresPoolClient => ({
    // Known, so Kysely need not ask the server for it.
    processID: 1,
    async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
      const result = await pglite.query<R>(sql, [...parameters]).catch((error: unknown) => {
        // PGlite attaches the statement and its parameters to its errors; logged, they would print audit records,
        // plans and a sign-in's PKCE verifier. The message and SQLSTATE code are what callers need.
        if (error && typeof error === 'object') {
          const loud = error as { query?: unknown; params?: unknown; queryOptions?: unknown };
          delete loud.query;
          delete loud.params;
          delete loud.queryOptions;
        }
        throw error;
      });
      const command = COUNTED.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT';
      return { command: command as PostgresQueryResult<R>['command'], rowCount: result.affectedRows ?? 0, rows: result.rows };
    },
    release,
  }) as PostgresPoolClient;
  return {
    options: {},
    connect() {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const turn = tail.then(() => client(release));
      tail = tail.then(() => held);
      return turn;
    },
    end: () => pglite.close(),
  };
}
