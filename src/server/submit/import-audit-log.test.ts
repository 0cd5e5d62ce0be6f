import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bffErrorSchema, REPLAYED_HEADER } from '../../shared/bff-api';
import type { AuditEntry } from '../audit/audit-log';
import { restartableBffsPerTest } from '../testing/restartable-bffs';
import { SAME_ORIGIN, TEST_CLUSTER, TEST_PROJECT } from '../testing/recording-upstream';
import { planText, submitUpgrade, upgradeAccepted } from '../testing/submit-client';
import { sha256 } from './plan-hash';
import { importAuditLog } from './restore';

const { upstream, database, auditLines, startBff } = restartableBffsPerTest();
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'old-audit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const file = () => join(dir, 'audit.jsonl');

/** A line as the BFF wrote its JSON Lines audit log before the database. */
function line(key: string, step: number, outcome: AuditEntry['outcome'], extra: Partial<AuditEntry> = {}): AuditEntry {
  const text = planText(step);
  return {
    time: new Date().toISOString(), kind: 'upgrade', clusterId: TEST_CLUSTER, idempotencyKey: key, bodySha256: sha256(text), textSha256: sha256(text),
    body: JSON.parse(text), acceptedRisks: [], preCheckTaskId: null, outcome, status: outcome === 'sending' ? null : outcome === 'accepted' ? 200 : 502,
    taskId: outcome === 'accepted' ? `task-${step}` : null, errorCode: outcome === 'unknown' ? 'BFF.OUTCOME_UNKNOWN' : null, errorMessage: null,
    requestId: null, user: null, ...(outcome === 'accepted' ? { response: upgradeAccepted(`task-${step}`) } : {}), ...extra,
  };
}
const writeLog = (lines: Array<AuditEntry | string>) => writeFileSync(file(), lines.map((entry) => `${typeof entry === 'string' ? entry : JSON.stringify(entry)}\n`).join(''));

describe('the audit log from before the database', () => {
  it('is imported once at start, and the planner keeps every submit it says was sent', async () => {
    const accepted = randomUUID();
    const lost = randomUUID();
    // Written before plan hashes were canonical: bodySha256 hashed the exact text, and there was no textSha256.
    const older = randomUUID();
    writeLog([
      line(accepted, 10, 'sending'), line(accepted, 10, 'accepted'),
      line(lost, 20, 'sending'), line(lost, 20, 'unknown'),
      line(older, 30, 'sending', { textSha256: undefined }), line(older, 30, 'accepted', { textSha256: undefined }),
    ]);
    // The old BFF died halfway through a line: never acknowledged, so dropped rather than refused.
    appendFileSync(file(), '{"time":"2026-01-01T00:00:00.000Z","kind":"upgrade","clusterId":"6f1c2a3b-');
    expect(await importAuditLog(database().db, file())).toBeUndefined();
    expect(await importAuditLog(database().db, `${file()}.imported`)).toBeUndefined();
    expect(existsSync(file())).toBe(false);
    expect(await auditLines()).toHaveLength(6);

    const app = await startBff();
    const replay = await submitUpgrade(app, { request: planText(10) }, { key: accepted });
    expect(replay.headers[REPLAYED_HEADER]).toBe('true');
    expect(replay.json()).toEqual(upgradeAccepted('task-10'));
    expect((await submitUpgrade(app, { request: JSON.stringify(JSON.parse(planText(30)), null, 2) })).headers[REPLAYED_HEADER]).toBe('true');
    expect(bffErrorSchema.parse((await submitUpgrade(app, { request: planText(20) })).json()).code).toBe('BFF.OUTCOME_UNKNOWN_PLAN');
    expect(upstream().received).toEqual([]);
  });

  it('with a line it cannot read imports nothing, and stops submits and retries (503) but not reads', async () => {
    writeLog([line(randomUUID(), 10, 'sending'), 'not json']);
    const unreadable = await importAuditLog(database().db, file());
    expect(unreadable?.message).toBe('Line 2 of the audit log (AUDIT_LOG) is not a readable audit record (not JSON).');
    expect(await auditLines()).toEqual([]);
    expect(existsSync(file())).toBe(true);

    const app = await startBff({ unreadableAuditFile: unreadable });
    expect(app.logLines.join('')).toContain(file());
    const refused = await submitUpgrade(app, { request: planText(30) });
    expect(refused.statusCode).toBe(503);
    const error = bffErrorSchema.parse(refused.json());
    expect(error.code).toBe('BFF.AUDIT_UNREADABLE');
    // The browser is told which setting names the file; only the server's log says where it is.
    expect(error.message).toContain('Line 2 of the audit log (AUDIT_LOG)');
    expect(error.message).not.toContain(file());
    expect(upstream().received).toEqual([]);
    upstream().respondWith(() => ({ items: [] }));
    expect((await app.inject({ url: `/api/cce/v3/projects/${TEST_PROJECT}/clusters`, headers: SAME_ORIGIN })).statusCode).toBe(200);
  });

  it('holds submits back on every replica until the file is fixed and imported', async () => {
    const key = randomUUID();
    writeLog([line(key, 10, 'sending'), 'not json']);
    expect(await importAuditLog(database().db, file())).toBeDefined();
    // Another replica, whose disk has no such file.
    const other = await startBff();
    const held = await submitUpgrade(other, { request: planText(30) });
    expect(held.statusCode).toBe(503);
    expect(bffErrorSchema.parse(held.json())).toMatchObject({ code: 'BFF.AUDIT_UNREADABLE', message: expect.stringContaining('Line 2 of the audit log (AUDIT_LOG)') });
    expect(upstream().received).toEqual([]);

    // The operator removes the bad line and restarts the replica that has the file.
    writeLog([line(key, 10, 'sending')]);
    expect(await importAuditLog(database().db, file())).toBeUndefined();
    expect((await submitUpgrade(other, { request: planText(30) })).statusCode).toBe(200);
    // The send the file records is held as unknown: it may have reached CCE.
    expect(bffErrorSchema.parse((await submitUpgrade(other, { request: planText(10) })).json()).code).toBe('BFF.OUTCOME_UNKNOWN_PLAN');
    expect(upstream().received).toHaveLength(1);
  });
});
