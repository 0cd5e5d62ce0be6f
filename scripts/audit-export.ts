/**
 * npm run audit:export -- [--out <file>] [--since <ISO time>] [--verify]
 *
 * Writes the planner's audit table as JSON Lines, oldest first (format and how to check it offline:
 * src/server/audit/audit-export.ts), to stdout or to <file>. Reads the same environment as the planner, so it finds
 * the same database: DATA_DIR or DATABASE_URL, DATABASE_SCHEMA, and the credentials that pick real or demo mode.
 * --verify checks the whole chain first and exports nothing when it is broken.
 *
 * Exit status: 0 exported; 1 the chain is broken (--verify) or a row holds no entry; 2 the configuration is invalid or
 * the database cannot be opened; 3 the export failed part way (an --out file is then not written); 64 bad arguments.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { exportLines, UnreadableAuditRowError } from '../src/server/audit/audit-export';
import { type Config, loadConfig } from '../src/server/config';
import { verifyAuditChain } from '../src/server/db/audit-chain';
import { type Database, DatabaseError, openDatabase } from '../src/server/db/database';

const USAGE = 'Usage: npm run audit:export -- [--out <file>] [--since <ISO time>] [--verify]';

function options() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, since: { type: 'string' }, verify: { type: 'boolean', default: false } } });
  const since = values.since === undefined ? undefined : new Date(values.since);
  if (since && Number.isNaN(since.getTime())) throw new TypeError(`--since ${values.since} is not a time; give an ISO time such as 2025-03-01T00:00:00Z.`);
  return { ...values, since };
}

async function open(config: Config): Promise<Database> {
  const location = config.database;
  // Opening creates a database where there is none: a mistyped DATA_DIR would export nothing and look fine.
  if (location.driver === 'pglite' && location.dataDir && !existsSync(join(location.dataDir, 'PG_VERSION'))) {
    throw new DatabaseError(`There is no planner database in ${location.dataDir}. Check DATA_DIR, and set the same HUAWEICLOUD_SDK_* variables as the planner: demo mode keeps a database of its own.`);
  }
  try {
    return await openDatabase(location, config.databaseSchema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (location.driver === 'postgres') throw new DatabaseError(message, { cause: error });
    throw new DatabaseError(
      `${message}\nThe embedded database can be open in one process at a time: stop the planner to export its audit, or run the planner on PostgreSQL (DATABASE_URL) to export while it serves.`,
      { cause: error },
    );
  }
}

async function write(lines: AsyncIterable<string>, out: string | undefined): Promise<void> {
  if (out === undefined) return pipeline(Readable.from(lines), process.stdout, { end: false });
  // Written aside and renamed when whole, so a file named <out> is never a cut-short export.
  const partial = `${out}.partial`;
  try {
    await pipeline(Readable.from(lines), createWriteStream(partial));
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function main(): Promise<number> {
  let args: ReturnType<typeof options>;
  try {
    args = options();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 64;
  }
  let database: Database;
  try {
    database = await open(loadConfig(process.env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  try {
    if (args.verify) {
      const check = await verifyAuditChain(database.db);
      if (!check.ok) {
        console.error(`The audit chain is broken at seq ${check.seq}: ${check.reason}. Nothing was exported.`);
        return 1;
      }
      console.error(`The audit chain is whole: ${check.rows} rows.`);
    }
    await write(exportLines(database.db, args.since), args.out);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return error instanceof UnreadableAuditRowError ? 1 : 3;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
