import { createHash, randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bffErrorSchema, REPLAYED_HEADER } from '../../shared/bff-api';
import { type AuditLog, type FileAuditLogOptions, openFileAuditLog } from '../audit/audit-log';
import { fileAuditBffsPerTest } from '../testing/file-audit-bffs';
import { buildTestBff, SAME_ORIGIN, TEST_PROJECT } from '../testing/recording-upstream';
import { planText, retryUpgrade, submitUpgrade, upgradeAccepted } from '../testing/submit-client';

const { upstream, auditPath, closeAfterTest } = fileAuditBffsPerTest({ dirPrefix: 'submit-once-', auditFile: 'audit.jsonl' });

const quiet: FileAuditLogOptions = { warn: () => undefined };

/** A BFF whose audit log is this test's file; calling it again is a restart (the memory is rebuilt from the file). */
async function startBff(audit?: AuditLog) {
  const { app, logLines } = await buildTestBff(upstream().endpoint, 2000, { audit: audit ?? (await openFileAuditLog(auditPath(), quiet)) });
  closeAfterTest(app);
  return Object.assign(app, { logLines });
}
const auditLines = () => readFileSync(auditPath(), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
const outcomes = () => auditLines().map((line) => line.outcome);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const failWith500 = () => upstream().respondWith((_req, reply) => reply.code(500).send({ errorCode: 'CCE.01500001', errorMessage: 'internal error' }));
const reason = 'CCE lists no upgrade task created since the lost submit.';

/** The same plan as planText(step), spelled differently: keys in reverse order at every level, other whitespace. */
function respelled(step = 10): string {
  const reverse = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(reverse)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverse(v)]))
        : value;
  return JSON.stringify(reverse(JSON.parse(planText(step))), null, '\t');
}

function expectError(response: { statusCode: number; json(): unknown }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  const error = bffErrorSchema.parse(response.json());
  expect(error.code).toBe(code);
  return error;
}

describe('the same plan is one plan however it is spelled', () => {
  it('replays a whitespace and key-order variant sent under another key: CCE gets the first text once', async () => {
    const app = await startBff();
    const first = await submitUpgrade(app, { request: planText() });
    const variant = await submitUpgrade(app, { request: respelled() });
    expect(variant.headers[REPLAYED_HEADER]).toBe('true');
    expect(variant.body).toBe(first.body);
    expect(upstream().received.map((call) => call.body)).toEqual([planText()]);
    // The plan hash is shared; the hash of the exact text tells the spellings apart.
    const [sending, , replayed] = auditLines();
    expect(replayed?.bodySha256).toBe(sending?.bodySha256);
    expect(sending?.textSha256).toBe(sha256(planText()));
    expect(replayed?.textSha256).toBe(sha256(respelled()));
  });

  it('still knows the plan after a restart, also from lines written before plan hashes were canonical', async () => {
    const before = await startBff();
    await submitUpgrade(before, { request: planText(10) });
    await before.close();
    // An older line: bodySha256 hashed the exact text, and there was no textSha256.
    const old = { ...auditLines()[1], idempotencyKey: randomUUID(), bodySha256: sha256(planText(20)), body: JSON.parse(planText(20)), textSha256: undefined };
    appendFileSync(auditPath(), `${JSON.stringify(old)}\n`);

    const after = await startBff();
    expect((await submitUpgrade(after, { request: respelled(10) })).headers[REPLAYED_HEADER]).toBe('true');
    expect((await submitUpgrade(after, { request: respelled(20) })).headers[REPLAYED_HEADER]).toBe('true');
    expect(upstream().received).toHaveLength(1);
  });
});

describe('a plan whose outcome is unknown', () => {
  it('is refused under a new key (409) until a person sends it again with a reason; then it goes out once more', async () => {
    const app = await startBff();
    failWith500();
    const firstKey = randomUUID();
    expect((await submitUpgrade(app, { request: planText() }, { key: firstKey })).statusCode).toBe(502);
    const sentAt = auditLines()[0]?.time;

    upstream().respondWith(() => upgradeAccepted());
    const error = expectError(await submitUpgrade(app, { request: respelled() }), 409, 'BFF.OUTCOME_UNKNOWN_PLAN');
    expect(error.sentAt).toBe(sentAt);
    expect(error.message).toMatch(/already sent to CCE at .* and CCE’s answer was lost/);
    expect(error.message).toMatch(/Look in the cluster’s upgrade tasks first/);
    expect(error.message).toMatch(/sendAgain/);
    expect(upstream().received).toHaveLength(1);

    const tooShort = await submitUpgrade(app, { request: planText(), sendAgain: { reason: 'no task' } });
    expect(expectError(tooShort, 400, 'BFF.INVALID_BODY').issues).toEqual([{ path: 'sendAgain.reason', message: expect.stringMatching(/at least 10 characters/) }]);

    const againKey = randomUUID();
    const again = await submitUpgrade(app, { request: planText(), sendAgain: { reason } }, { key: againKey });
    expect(again.statusCode).toBe(200);
    expect(upstream().received.map((call) => call.body)).toEqual([planText(), planText()]);
    const sending = auditLines().find((line) => line.idempotencyKey === againKey && line.outcome === 'sending');
    expect(sending?.sendAgain).toEqual({ reason, overrides: { idempotencyKey: firstKey, time: sentAt } });
    expect(auditLines().at(-1)).toMatchObject({ idempotencyKey: againKey, outcome: 'accepted', sendAgain: { reason } });

    // Accepted now: the plan under yet another key is answered from memory, with or without sendAgain.
    expect((await submitUpgrade(app, { request: planText() })).headers[REPLAYED_HEADER]).toBe('true');
    expect((await submitUpgrade(app, { request: planText(), sendAgain: { reason } })).headers[REPLAYED_HEADER]).toBe('true');
    expect(upstream().received).toHaveLength(2);
    expect(outcomes()).toEqual(['sending', 'unknown', 'conflict', 'invalid', 'sending', 'accepted', 'replayed', 'replayed']);
  });

  it('is held back again when CCE refused the send-again (nothing started), also after a restart', async () => {
    const before = await startBff();
    failWith500();
    await submitUpgrade(before, { request: planText() });
    upstream().respondWith((_req, reply) => reply.code(429).send({ errorCode: 'CCE.01429002', errorMessage: 'resource locked' }));
    expect((await submitUpgrade(before, { request: planText(), sendAgain: { reason } })).statusCode).toBe(429);
    expectError(await submitUpgrade(before, { request: planText() }), 409, 'BFF.OUTCOME_UNKNOWN_PLAN');
    await before.close();

    const after = await startBff();
    expectError(await submitUpgrade(after, { request: planText() }), 409, 'BFF.OUTCOME_UNKNOWN_PLAN');
    expect(upstream().received).toHaveLength(2);
  });

  it('treats sendAgain on a plan with no unknown send as a plain submit, recording the reason', async () => {
    const app = await startBff();
    const response = await submitUpgrade(app, { request: planText(), sendAgain: { reason } });
    expect(response.statusCode).toBe(200);
    expect(upstream().received).toHaveLength(1);
    expect(auditLines()[0]).toMatchObject({ outcome: 'sending', sendAgain: { reason, overrides: null } });
  });

  it('after a crash between the write-ahead line and the outcome: the key replays, the plan under another key is refused, CCE got it once', async () => {
    const file = await openFileAuditLog(auditPath(), quiet);
    // Only the write-ahead line reaches the file, as when the process dies while CCE has the request.
    const before = await startBff({ append: (entry) => (entry.outcome === 'sending' ? file.append(entry) : Promise.resolve()), readSince: file.readSince });
    const key = randomUUID();
    await submitUpgrade(before, { request: planText() }, { key });
    await before.close();

    const after = await startBff();
    const replay = expectError(await submitUpgrade(after, { request: planText() }, { key }), 502, 'BFF.OUTCOME_UNKNOWN');
    expect(replay.message).toMatch(/stopped while it was sending/);
    expectError(await submitUpgrade(after, { request: respelled() }), 409, 'BFF.OUTCOME_UNKNOWN_PLAN');
    expect(upstream().received.map((call) => call.body)).toEqual([planText()]);
  });
});

describe('a restart keeps what the audit log says was sent', () => {
  it('ignores the 503 refusals written while the log was unreadable: the unknown plan is still held after the fix', async () => {
    const first = await startBff();
    failWith500();
    const key = randomUUID();
    expectError(await submitUpgrade(first, { request: planText() }, { key }), 502, 'BFF.OUTCOME_UNKNOWN');
    await first.close();
    const readable = readFileSync(auditPath(), 'utf8');
    appendFileSync(auditPath(), 'not json\n');

    // Restarted with a record it cannot read: the SPA resends the same key, and someone posts a body that is not JSON.
    const unreadable = await startBff();
    expectError(await submitUpgrade(unreadable, { request: planText() }, { key }), 503, 'BFF.AUDIT_UNREADABLE');
    expectError(await submitUpgrade(unreadable, 'not json', { key }), 503, 'BFF.AUDIT_UNREADABLE');
    await unreadable.close();

    // The operator removes the bad line and restarts; the refusals stay in the log.
    writeFileSync(auditPath(), readable + readFileSync(auditPath(), 'utf8').slice(readable.length + 'not json\n'.length));
    expect(outcomes()).toEqual(['sending', 'unknown', 'refused', 'refused']);
    const fixed = await startBff();
    upstream().respondWith(() => upgradeAccepted());
    expectError(await submitUpgrade(fixed, { request: respelled() }), 409, 'BFF.OUTCOME_UNKNOWN_PLAN');
    expectError(await submitUpgrade(fixed, { request: planText() }, { key }), 502, 'BFF.OUTCOME_UNKNOWN');
    expect(upstream().received).toHaveLength(1);
  });

  it('reports the time the plan was sent in the 409, not the time its unknown outcome was written', async () => {
    const before = await startBff();
    upstream().respondWith(async (_req, reply) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return reply.code(500).send({ errorCode: 'CCE.01500001', errorMessage: 'internal error' });
    });
    await submitUpgrade(before, { request: planText() });
    await before.close();
    const [sending, unknown] = auditLines();
    expect(unknown?.time).not.toBe(sending?.time);

    const after = await startBff();
    expect(expectError(await submitUpgrade(after, { request: planText() }), 409, 'BFF.OUTCOME_UNKNOWN_PLAN').sentAt).toBe(sending?.time);
  });
});

describe('the audit log after a torn write', () => {
  it('a line torn by a crash is cut at the restart, so later lines stay readable and nothing is sent twice', async () => {
    const first = await startBff();
    const acceptedKey = randomUUID();
    await submitUpgrade(first, { request: planText(10) }, { key: acceptedKey });
    failWith500();
    const unknownKey = randomUUID();
    await submitUpgrade(first, { request: planText(20) }, { key: unknownKey });
    await first.close();
    // The process died halfway through writing a line.
    appendFileSync(auditPath(), '{"time":"2026-01-01T00:00:00.000Z","kind":"upgrade","clusterId":"6f1c2a3b-');

    const warnings: unknown[] = [];
    const second = await startBff(await openFileAuditLog(auditPath(), { warn: (details) => warnings.push(details) }));
    expect(warnings).toEqual([{ path: auditPath(), droppedBytes: expect.any(Number) }]);
    upstream().respondWith(() => upgradeAccepted('task-30'));
    const thirtyKey = randomUUID();
    expect((await submitUpgrade(second, { request: planText(30) }, { key: thirtyKey })).statusCode).toBe(200);
    await second.close();

    const third = await startBff();
    expect((await submitUpgrade(third, { request: planText(10) }, { key: acceptedKey })).headers[REPLAYED_HEADER]).toBe('true');
    expect((await submitUpgrade(third, { request: planText(20) }, { key: unknownKey })).headers[REPLAYED_HEADER]).toBe('true');
    expect((await submitUpgrade(third, { request: planText(30) }, { key: thirtyKey })).headers[REPLAYED_HEADER]).toBe('true');
    expectError(await submitUpgrade(third, { request: planText(20) }), 409, 'BFF.OUTCOME_UNKNOWN_PLAN');
    expect(upstream().received.map((call) => call.body)).toEqual([planText(10), planText(20), planText(30)]);
    expect(auditLines().length).toBeGreaterThan(6);
  });

  it('a record that cannot be read back stops submits and retries (503) but not reads', async () => {
    const before = await startBff();
    await submitUpgrade(before, { request: planText(10) });
    await submitUpgrade(before, { request: planText(20) });
    await before.close();
    const lines = readFileSync(auditPath(), 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"outcome":"accepted"', '"outcome":"accept');
    writeFileSync(auditPath(), lines.join('\n'));

    const after = await startBff();
    expect(after.logLines.join('')).toMatch(/audit log unreadable/);
    upstream().received.length = 0;
    const error = expectError(await submitUpgrade(after, { request: planText(30) }), 503, 'BFF.AUDIT_UNREADABLE');
    // The browser is told which setting names the file; only the server's log says where it is.
    expect(error.message).toContain('Line 2 of the audit log (AUDIT_LOG) is not a readable audit record (not JSON).');
    expect(error.message).not.toContain(auditPath());
    expect(after.logLines.join('')).toContain(auditPath());
    expect(error.message).toMatch(/did not send this to CCE.*inspect that record.*restart the planner/s);
    expectError(await submitUpgrade(after, { request: planText(10) }), 503, 'BFF.AUDIT_UNREADABLE');
    expectError(await retryUpgrade(after, 'task-1'), 503, 'BFF.AUDIT_UNREADABLE');
    expect(upstream().received).toEqual([]);

    upstream().respondWith(() => ({ items: [] }));
    const read = await after.inject({ method: 'GET', url: `/api/cce/v3/projects/${TEST_PROJECT}/clusters`, headers: SAME_ORIGIN });
    expect(read.statusCode).toBe(200);
    expect(upstream().received.map((call) => call.method)).toEqual(['GET']);
  });
});
