import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import type { AppOptions } from '../app';
import type { Database } from '../db/database';
import { auditEntries, buildTestBff } from './recording-upstream';
import { testDatabase, unclosed } from './test-database';
import { recordingUpstreamPerFile } from './upstream-per-file';

/**
 * Registers the hooks for tests of what the BFF remembers across restarts: one recording upstream per file, a
 * database schema per test (dropped after it), and the BFFs a test started closed after it. Each `startBff` is a BFF
 * on that same database: a second one is the first after a restart, or another replica beside it.
 */
export function restartableBffsPerTest() {
  const upstream = recordingUpstreamPerFile();
  const apps: FastifyInstance[] = [];
  let database: Database | undefined;
  const current = () => {
    if (!database) throw new Error('The database is made in beforeEach: use it inside a test.');
    return database;
  };
  beforeEach(async () => {
    database = await testDatabase();
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
    await current().close();
  });
  return {
    upstream,
    database: current,
    auditLines: () => auditEntries(current()),
    async startBff({ timeoutMs = 2000, ...extra }: { timeoutMs?: number } & Pick<AppOptions, 'now' | 'unreadableAuditFile'> = {}) {
      const { app, logLines } = await buildTestBff(upstream().endpoint, timeoutMs, { database: unclosed(current()), ...extra });
      apps.push(app);
      return Object.assign(app, { logLines });
    },
  };
}
