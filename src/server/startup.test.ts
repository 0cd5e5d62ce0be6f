import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startRecordingUpstream } from './testing/recording-upstream';
import { startBffProcess } from './testing/bff-process';

/** Runs the BFF to its exit: what it printed, and its exit code. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('starting the BFF', { timeout: 60_000 }, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('stops with a message naming DATABASE_URL when the database cannot be reached, and never prints its password', async () => {
    const closed = await startRecordingUpstream();
    await closed.close();
    const port = new URL(closed.endpoint).port;
    const { code, output } = await runToExit({ DATABASE_URL: `postgres://planner:s3cret-pw@127.0.0.1:${port}/planner?sslpassword=other-s3cret` });
    expect(code).toBe(1);
    expect(output).toMatch(/Cannot reach the PostgreSQL server at DATABASE_URL \(postgres:\/\/planner@127\.0\.0\.1:\d+\/planner\)/);
    expect(output).not.toContain('s3cret');
  });

  it('refuses a second planner on the same DATA_DIR, naming the first one\u2019s process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-dir-'));
    dirs.push(dir);
    const first = await startBffProcess({ DATA_DIR: dir });
    try {
      const { code, output } = await runToExit({ DATA_DIR: dir });
      expect(code).toBe(1);
      expect(output).toContain(`is in use by process ${first.child.pid}`);
      expect(output).toMatch(/DATABASE_URL/);
    } finally {
      await first.stop();
    }
  });
});
