import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuditEntry, AuditUnreadableError, openFileAuditLog } from './audit-log';

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

  it('reads back recent entries, skipping old ones', async () => {
    const path = join(dir, 'audit.jsonl');
    writeFileSync(path, `${JSON.stringify(entry(0, new Date(1000)))}\n`);
    const log = await openFileAuditLog(path);
    await log.append(entry(1));
    expect((await log.readSince(Date.now() - 60_000)).map((e) => e.idempotencyKey)).toEqual(['key-1']);
  });

  it('cuts a torn last line at open, says how many bytes it dropped, and starts the next line on its own', async () => {
    const path = join(dir, 'audit.jsonl');
    const torn = '{"time": "2024-01-01T00:00:00.000Z", "kind": "upg';
    writeFileSync(path, `${JSON.stringify(entry(0))}\n${torn}`);
    const warnings: Array<{ path: string; droppedBytes: number }> = [];
    const log = await openFileAuditLog(path, { warn: (details) => warnings.push(details) });
    expect(warnings).toEqual([{ path, droppedBytes: torn.length }]);
    await log.append(entry(1));
    expect(readFileSync(path, 'utf8').split('\n').map((line) => (line ? (JSON.parse(line) as AuditEntry).idempotencyKey : line))).toEqual(['key-0', 'key-1', '']);
    expect((await log.readSince(0)).map((e) => e.idempotencyKey)).toEqual(['key-0', 'key-1']);
  });

  it('leaves nothing of a write that failed halfway, so the next line is whole and readable', async () => {
    const path = join(dir, 'audit.jsonl');
    let full = true;
    const log = await openFileAuditLog(path, {
      warn: () => undefined,
      writeLine: async (handle, line) => {
        if (!full) return handle.appendFile(line);
        // What a full disk does: part of the line reaches the file, then the write fails.
        await handle.appendFile(line.slice(0, 1000));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    });
    await log.append(entry(0)).catch(() => undefined);
    full = false;
    await expect(openFileAuditLog(path)).resolves.toBeDefined();
    expect(readFileSync(path, 'utf8')).toBe('');
    full = true;
    await expect(log.append(entry(1))).rejects.toThrow(/ENOSPC/);
    full = false;
    await log.append(entry(2));
    expect((await log.readSince(0)).map((e) => e.idempotencyKey)).toEqual(['key-2']);
  });

  it('cuts a failed write back to where it began before the next write, even when it reached the file whole', async () => {
    const path = join(dir, 'audit.jsonl');
    let failing = false;
    const log = await openFileAuditLog(path, {
      warn: () => undefined,
      writeLine: async (handle, line) => {
        if (!failing) return handle.appendFile(line);
        // The whole line reaches the file but is never acknowledged, and the disk refuses the cut back as well.
        await handle.appendFile(line);
        handle.truncate = () => Promise.reject(Object.assign(new Error('EIO: i/o error, ftruncate'), { code: 'EIO' }));
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      },
    });
    await log.append(entry(0));
    failing = true;
    await expect(log.append(entry(1))).rejects.toThrow(/EIO/);
    failing = false;
    await log.append(entry(2));
    expect((await log.readSince(0)).map((e) => e.idempotencyKey)).toEqual(['key-0', 'key-2']);
  });

  it.each([
    ['not JSON', 'not json', /line 2 of the audit log \(AUDIT_LOG\) is not a readable audit record \(not JSON\)/],
    ['not an audit entry', '{"time":"x"}', /line 2 of the audit log \(AUDIT_LOG\) is not a readable audit record \(not an audit entry: time: /],
    ['a sent request without its body', JSON.stringify({ ...entry(9), body: undefined, outcome: 'sending' }), /\(not an audit entry: body: a request that may have been sent must record its body\)/],
  ])('refuses to read back a log with a record that is %s, naming the line, rather than forget it', async (_, bad, message) => {
    const path = join(dir, 'audit.jsonl');
    writeFileSync(path, `${JSON.stringify(entry(0))}\n${bad}\n${JSON.stringify(entry(1))}\n`);
    const log = await openFileAuditLog(path);
    const error = await log.readSince(0).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AuditUnreadableError);
    expect(String((error as Error).message)).toMatch(new RegExp(message.source, 'i'));
    // The message reaches the browser and names only the setting; the path is for the server's log.
    expect(String((error as Error).message)).not.toContain(dir);
    expect((error as AuditUnreadableError).file).toBe(path);
  });

  it('fails at open when the file cannot be created', async () => {
    const notADirectory = join(dir, 'file');
    writeFileSync(notADirectory, '');
    await expect(openFileAuditLog(join(notADirectory, 'audit.jsonl'))).rejects.toThrow(/EEXIST|ENOTDIR/);
  });
});
