import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import type { Database } from '../db/database';
import { auditEntries, buildTestBff } from './recording-upstream';
import { recordingUpstreamPerFile } from './upstream-per-file';

/**
 * Registers the hooks for a fresh BFF per test, on a database schema of its own, on one recording upstream per file.
 * Fresh, because a BFF's memory of submits would otherwise replay one test's plan in the next.
 * Returns accessors for the current test's upstream, BFF and audit records.
 */
export function freshBffPerTest() {
  const upstream = recordingUpstreamPerFile();
  let current: { app: FastifyInstance; database: Database } | undefined;
  const now = () => {
    if (!current) throw new Error('The BFF is built in beforeEach: use it inside a test.');
    return current;
  };
  beforeEach(async () => {
    const { app, database } = await buildTestBff(upstream().endpoint, 2000);
    current = { app, database };
  });
  afterEach(() => now().app.close());
  return { upstream, app: () => now().app, audit: () => auditEntries(now().database) };
}
