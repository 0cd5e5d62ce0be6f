import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { memoryAuditLog } from '../audit/audit-log';
import { buildTestBff } from './recording-upstream';
import { recordingUpstreamPerFile } from './upstream-per-file';

type MemoryAuditLog = ReturnType<typeof memoryAuditLog>;

/**
 * Registers the hooks for a fresh BFF per test, with an in-memory audit log the test can read, on one recording
 * upstream per file. Fresh, because a BFF's idempotency store would otherwise replay one test's plan in the next.
 * Returns accessors for the current test's upstream, BFF and audit log.
 */
export function freshBffPerTest() {
  const upstream = recordingUpstreamPerFile();
  let current: { app: FastifyInstance; audit: MemoryAuditLog } | undefined;
  const now = () => {
    if (!current) throw new Error('The BFF is built in beforeEach: use it inside a test.');
    return current;
  };
  beforeEach(async () => {
    const audit = memoryAuditLog();
    const { app } = await buildTestBff(upstream().endpoint, 2000, { audit });
    current = { app, audit };
  });
  afterEach(() => now().app.close());
  return { upstream, app: () => now().app, audit: () => now().audit };
}
