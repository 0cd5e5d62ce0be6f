import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuditEntry, openFileAuditLog } from './audit-log';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (n: number, time = new Date()): AuditEntry => ({
  time: time.toISOString(),
  kind: 'upgrade',
  clusterId: 'c1',
  idempotencyKey: `key-${n}`,
  bodySha256: 'a'.repeat(64),
  // Large bodies are where interleaved writes would show.
  body: { pad: 'x'.repeat(50_000), n },
  acceptedRisks: [],
  preCheckTaskId: null,
  outcome: 'accepted',
  status: 200,
  taskId: null,
  errorCode: null,
  errorMessage: null,
  requestId: null,
  user: null,
});

describe('openFileAuditLog', () => {
  it('creates the directory and writes concurrent appends as whole lines, in order', async () => {
    const path = join(dir, 'a', 'b', 'audit.jsonl');
    const log = await openFileAuditLog(path);
    await Promise.all(Array.from({ length: 20 }, (_, n) => log.append(entry(n))));
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => (JSON.parse(line) as AuditEntry).idempotencyKey)).toEqual(Array.from({ length: 20 }, (_, n) => `key-${n}`));
  });

  it('reads back recent entries, skipping old, torn and foreign lines', async () => {
    const path = join(dir, 'audit.jsonl');
    writeFileSync(path, `${JSON.stringify(entry(0, new Date(1000)))}\nnot json\n{"time":"x"}\n`);
    const log = await openFileAuditLog(path);
    await log.append(entry(1));
    appendFileSync(path, '{"time": "2024-01-01T00:00:00.000Z", "kind": "upg');
    expect((await log.readSince(Date.now() - 60_000)).map((e) => e.idempotencyKey)).toEqual(['key-1']);
  });

  it('fails at open when the file cannot be created', async () => {
    const notADirectory = join(dir, 'file');
    writeFileSync(notADirectory, '');
    await expect(openFileAuditLog(join(notADirectory, 'audit.jsonl'))).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
