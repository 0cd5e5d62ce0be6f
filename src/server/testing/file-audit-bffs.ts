import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { recordingUpstreamPerFile } from './upstream-per-file';

/**
 * Registers the hooks for tests of what the BFF remembers in its audit file: one recording upstream per file, a
 * temporary directory per test for the file (removed after it), and the BFFs a test started closed after it, since a
 * restart is a second BFF on the same file. `auditFile` is the file's path inside that directory.
 * Returns accessors for the upstream and this test's audit path, and `closeAfterTest` for each BFF the test starts.
 */
export function fileAuditBffsPerTest({ dirPrefix, auditFile }: { dirPrefix: string; auditFile: string }) {
  const upstream = recordingUpstreamPerFile();
  const apps: FastifyInstance[] = [];
  let dir: string | undefined;
  const directory = () => {
    if (!dir) throw new Error('The audit directory is made in beforeEach: use it inside a test.');
    return dir;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), dirPrefix));
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
    rmSync(directory(), { recursive: true, force: true });
  });
  return {
    upstream,
    auditPath: () => join(directory(), auditFile),
    closeAfterTest<App extends FastifyInstance>(app: App): App {
      apps.push(app);
      return app;
    },
  };
}
