import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../src/server/audit/audit-log';
import { appendAudit } from '../src/server/db/audit-table';
import { openDatabase } from '../src/server/db/database';
import { auditEntry } from '../src/server/testing/audit-entries';

// Each run starts tsx and opens PGlite from disk: seconds apiece, more on a busy machine.
const TIMEOUT_MS = 90_000;
const SCRIPT = fileURLToPath(new URL('./audit-export.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Demo mode's database in a planner's DATA_DIR, under demo mode's own schema. */
const openPlanner = (dataDir: string) => openDatabase({ driver: 'pglite', dataDir: join(dataDir, 'demo-db') }, 'planner_demo');

// A new embedded database takes seconds to create: the file makes one, and a test that changes it works on a copy.
const ROWS = 5;
let template: string;
beforeAll(async () => {
  template = await mkdtemp(join(tmpdir(), 'audit-export-'));
  const database = await openPlanner(template);
  try {
    for (let n = 1; n <= ROWS; n += 1) await database.db.transaction().execute((trx) => appendAudit(trx, auditEntry(n)));
  } finally {
    await database.close();
  }
}, TIMEOUT_MS);
afterAll(() => Promise.all([template, `${template}-tampered`].map((dir) => rm(dir, { recursive: true, force: true }))));

/** The export as a person runs it: a process of its own, with only the planner's environment. */
function exportAudit(dataDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface Line {
  seq: number;
  time: string;
  prevHash: string;
  hash: string;
  entry: AuditEntry;
}

/** What a reader does offline, by the rule documented in src/server/audit/audit-export.ts. */
function checkOffline(text: string, anchor = '0'.repeat(64)): Line[] {
  const lines = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
  let prev = anchor;
  for (const line of lines) {
    expect(line.prevHash, `seq ${line.seq}`).toBe(prev);
    expect(createHash('sha256').update(`${line.prevHash}\n${JSON.stringify(line.entry)}`).digest('hex'), `seq ${line.seq}`).toBe(line.hash);
    prev = line.hash;
  }
  return lines;
}

describe('npm run audit:export', () => {
  it(
    'writes every row in seq order to stdout or --out, each line checkable offline, and --since keeps the later rows',
    async () => {
      const dataDir = template;
      const all = await exportAudit(dataDir, '--verify');
      expect(all).toMatchObject({ code: 0, stderr: expect.stringContaining(`whole: ${ROWS} rows`) });
      const lines = checkOffline(all.stdout);
      const seqs = Array.from({ length: ROWS }, (_, n) => n + 1);
      expect(lines.map((line) => line.seq)).toEqual(seqs);
      expect(lines.map((line) => line.entry)).toEqual(seqs.map((n) => auditEntry(n)));
      expect(lines[0]!.time).toBe(auditEntry(1).time);

      const out = join(dataDir, 'since.jsonl');
      const since = await exportAudit(dataDir, '--out', out, '--since', auditEntry(4).time);
      expect(since).toMatchObject({ code: 0, stdout: '' });
      const later = checkOffline(await readFile(out, 'utf8'), lines[2]!.hash);
      expect(later.map((line) => line.seq)).toEqual([4, 5]);
    },
    TIMEOUT_MS,
  );

  it(
    'with --verify, names the broken seq of a tampered table, exits 1 and exports nothing',
    async () => {
      const dataDir = `${template}-tampered`;
      await cp(template, dataDir, { recursive: true });
      const database = await openPlanner(dataDir);
      try {
        await database.db.updateTable('audit_log').set({ entry: JSON.stringify({ ...auditEntry(2), taskId: 'other' }) }).where('seq', '=', 2).execute();
      } finally {
        await database.close();
      }
      const out = join(dataDir, 'export.jsonl');
      const run = await exportAudit(dataDir, '--verify', '--out', out);
      expect(run).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/broken at seq 2: .*edited/) });
      await expect(readFile(out)).rejects.toThrow(/ENOENT/);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 2, saying what to do, when the planner holds the embedded database or DATA_DIR has none',
    async () => {
      const planner = await openPlanner(template);
      try {
        const busy = await exportAudit(template);
        expect(busy).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/in use by process[\s\S]*stop the planner[\s\S]*DATABASE_URL/) });
      } finally {
        await planner.close();
      }
      const empty = await exportAudit(join(template, 'elsewhere'));
      expect(empty).toMatchObject({ code: 2, stderr: expect.stringMatching(/no planner database in .*elsewhere.*DATA_DIR/) });
    },
    TIMEOUT_MS,
  );
});
