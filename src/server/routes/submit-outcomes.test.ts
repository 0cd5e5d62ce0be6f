import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bffErrorSchema, REPLAYED_HEADER } from '../../shared/bff-api';
import { type AuditLog, openFileAuditLog } from '../audit/audit-log';
import { fileAuditBffsPerTest } from '../testing/file-audit-bffs';
import { buildTestBff, startRecordingUpstream, TEST_AK, TEST_SK } from '../testing/recording-upstream';
import { planText, retryUpgrade, submitUpgrade, upgradeAccepted } from '../testing/submit-client';

// The file's directory does not exist yet: opening the log makes it.
const { upstream, auditPath, closeAfterTest } = fileAuditBffsPerTest({ dirPrefix: 'audit-', auditFile: join('nested', 'audit.jsonl') });

/** A BFF on the recording upstream with its audit log in this test's file; a second call is the BFF after a restart. */
async function startBff(audit?: AuditLog, timeoutMs = 2000) {
  const { app } = await buildTestBff(upstream().endpoint, timeoutMs, { audit: audit ?? (await openFileAuditLog(auditPath())) });
  closeAfterTest(app);
  return app;
}
const auditLines = () => readFileSync(auditPath(), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

function expectUnknown(response: { statusCode: number; json(): unknown }, status: number) {
  expect(response.statusCode).toBe(status);
  const error = bffErrorSchema.parse(response.json());
  expect(error.code).toBe('BFF.OUTCOME_UNKNOWN');
  expect(error.message).toMatch(/may or may not have started the upgrade/);
  expect(error.message).toMatch(/look for the task in the cluster’s upgrade task list/);
  expect(error.message).toMatch(/do not resubmit blindly/);
  return error;
}

describe('a submit whose outcome is unknown', () => {
  it('is answered 502 after a CCE 5xx; a repeat of the key is never sent again, a fresh key only with sendAgain', async () => {
    const app = await startBff();
    upstream().respondWith((_req, reply) => reply.code(500).send({ errorCode: 'CCE.01500001', errorMessage: 'internal error' }));
    const key = randomUUID();
    const error = expectUnknown(await submitUpgrade(app, { request: planText() }, { key }), 502);
    expect(error.message).toMatch(/HTTP 500 \(CCE\.01500001: internal error\)/);

    const again = await submitUpgrade(app, { request: planText() }, { key });
    expect(again.headers[REPLAYED_HEADER]).toBe('true');
    expectUnknown(again, 502);
    expect(upstream().received).toHaveLength(1);
    // A new key alone (a second tab, a retry button) is not a decision: the plan is held back.
    expect((await submitUpgrade(app, { request: planText() })).statusCode).toBe(409);
    expect(upstream().received).toHaveLength(1);
    // The planner found no task in CCE's list and the user chose to send the plan again: a new key, a new attempt.
    const resend = await submitUpgrade(app, { request: planText(), sendAgain: { reason: 'CCE lists no task for this plan.' } });
    expect(resend.headers[REPLAYED_HEADER]).toBeUndefined();
    expect(upstream().received).toHaveLength(2);
    expect(auditLines().map((line) => line.outcome)).toEqual(['sending', 'unknown', 'replayed', 'conflict', 'sending', 'unknown']);
  });

  it('is answered 504 when CCE accepted but answered after the timeout; CCE got it once', async () => {
    const app = await startBff(undefined, 300);
    upstream().respondWith(async () => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      return upgradeAccepted();
    });
    const key = randomUUID();
    const error = expectUnknown(await submitUpgrade(app, { request: planText() }, { key }), 504);
    expect(error.message).toMatch(/did not answer within 0\.3 s/);
    expectUnknown(await submitUpgrade(app, { request: planText() }, { key }), 504);
    expect(upstream().received).toHaveLength(1);
  });

  it.each([
    ['a body that is not JSON', '{"metadata": {"uid": '],
    ['JSON without the task id', '{"spec": {}}'],
  ])('is answered 502 when CCE says 2xx with %s', async (_, body) => {
    const app = await startBff();
    upstream().respondWith((_req, reply) => reply.code(200).type('application/json').send(body));
    expectUnknown(await submitUpgrade(app, { request: planText() }), 502);
    expect(auditLines().at(-1)).toMatchObject({ outcome: 'unknown', status: 502, errorCode: 'BFF.OUTCOME_UNKNOWN' });
  });

  it('is answered 502 when the connection breaks after the request was sent', async () => {
    const app = await startBff();
    upstream().respondWith((request) => {
      request.raw.socket.destroy();
      return new Promise(() => {});
    });
    const error = expectUnknown(await submitUpgrade(app, { request: planText() }), 502);
    expect(error.message).toMatch(/connection to CCE broke/);
  });

  it('says a retry may or may not have happened', async () => {
    const app = await startBff();
    upstream().respondWith((_req, reply) => reply.code(503).send({ errorCode: 'CCE.01500001', errorMessage: 'busy' }));
    const response = await retryUpgrade(app, 'task-1');
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'BFF.OUTCOME_UNKNOWN', message: expect.stringMatching(/may or may not have retried.*do not retry blindly/s) });
  });
});

describe('a submit that could not reach CCE', () => {
  it('is not remembered: nothing left the BFF, so the same key may be sent again', async () => {
    // A port that was just free: connecting is refused, so the request cannot have left the BFF.
    const closed = await startRecordingUpstream();
    await closed.close();
    const { app } = await buildTestBff(closed.endpoint, 500, { audit: await openFileAuditLog(auditPath()) });
    closeAfterTest(app);
    const key = randomUUID();
    for (let i = 0; i < 2; i += 1) {
      const response = await submitUpgrade(app, { request: planText() }, { key });
      expect(response.json()).toMatchObject({ status: 502, code: 'BFF.UPSTREAM_UNREACHABLE' });
    }
    expect(auditLines().map((line) => line.outcome)).toEqual(['sending', 'refused', 'sending', 'refused']);
  });
});

describe('the audit log', () => {
  it('refuses to send a submit it cannot audit, and sends it once the log works again', async () => {
    const file = await openFileAuditLog(auditPath());
    let broken = true;
    const app = await startBff({
      append: (entry) => (broken ? Promise.reject(new Error('ENOSPC: no space left on device')) : file.append(entry)),
      readSince: (since) => file.readSince(since),
    });
    const key = randomUUID();
    const refused = await submitUpgrade(app, { request: planText() }, { key });
    expect(refused.statusCode).toBe(503);
    expect(bffErrorSchema.parse(refused.json())).toMatchObject({ code: 'BFF.AUDIT_UNAVAILABLE', message: expect.stringMatching(/did not send this to CCE/) });
    expect(upstream().received).toEqual([]);

    broken = false;
    expect((await submitUpgrade(app, { request: planText() }, { key })).statusCode).toBe(200);
    expect(upstream().received).toHaveLength(1);
  });

  it('has one line per attempt and outcome, and never a credential', async () => {
    const app = await startBff();
    await submitUpgrade(app, '{', {});
    const key = randomUUID();
    await submitUpgrade(app, { request: planText(10) }, { key });
    await submitUpgrade(app, { request: planText(10) }, { key });
    await submitUpgrade(app, { request: planText(20) }, { key });
    upstream().respondWith((_req, reply) => reply.code(400).send({ errorCode: 'CCE.01400001', errorMessage: 'Invalid request.' }));
    await submitUpgrade(app, { request: planText(30) });
    upstream().respondWith((_req, reply) => reply.code(500).send({}));
    await submitUpgrade(app, { request: planText(40) });

    const text = readFileSync(auditPath(), 'utf8');
    expect(auditLines().map((line) => line.outcome)).toEqual(['invalid', 'sending', 'accepted', 'replayed', 'conflict', 'sending', 'refused', 'sending', 'unknown']);
    for (const secret of [TEST_SK, TEST_AK, 'SDK-HMAC-SHA256', 'authorization']) expect(text).not.toContain(secret);
  });

  it('lets a restarted BFF answer remembered submits without sending them again', async () => {
    const before = await startBff();
    const acceptedKey = randomUUID();
    const accepted = await submitUpgrade(before, { request: planText(10) }, { key: acceptedKey });
    upstream().respondWith((_req, reply) => reply.code(500).send({}));
    const unknownKey = randomUUID();
    const unknown = await submitUpgrade(before, { request: planText(20) }, { key: unknownKey });
    await before.close();

    const after = await startBff();
    const replayedAccepted = await submitUpgrade(after, { request: planText(10) }, { key: acceptedKey });
    expect(replayedAccepted.statusCode).toBe(200);
    expect(replayedAccepted.json()).toEqual(accepted.json());
    expect(replayedAccepted.headers[REPLAYED_HEADER]).toBe('true');
    const replayedUnknown = await submitUpgrade(after, { request: planText(20) }, { key: unknownKey });
    expect(replayedUnknown.json()).toEqual(unknown.json());
    expect((await submitUpgrade(after, { request: planText(10) })).headers[REPLAYED_HEADER]).toBe('true');
    expect((await submitUpgrade(after, { request: planText(20) }, { key: acceptedKey })).statusCode).toBe(422);
    expect(upstream().received).toHaveLength(2);
  });

  it('treats a submit the BFF was sending when it stopped as unknown after the restart', async () => {
    const file = await openFileAuditLog(auditPath());
    // Only the write-ahead line reaches the file, as when the process dies while CCE has the request.
    const before = await startBff({ append: (entry) => (entry.outcome === 'sending' ? file.append(entry) : Promise.resolve()), readSince: file.readSince });
    const key = randomUUID();
    await submitUpgrade(before, { request: planText() }, { key });
    await before.close();

    const after = await startBff();
    const response = await submitUpgrade(after, { request: planText() }, { key });
    expectUnknown(response, 502);
    expect(response.json().message).toMatch(/stopped while it was sending/);
    expect(upstream().received).toHaveLength(1);
  });

  it('forgets submits older than 24 hours at a restart', async () => {
    const file = await openFileAuditLog(auditPath());
    const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000 - 60_000).toISOString();
    const before = await startBff({ append: (entry) => file.append({ ...entry, time: dayAgo }), readSince: file.readSince });
    const key = randomUUID();
    await submitUpgrade(before, { request: planText() }, { key });
    await before.close();

    const after = await startBff();
    expect((await submitUpgrade(after, { request: planText() }, { key })).headers[REPLAYED_HEADER]).toBeUndefined();
    expect(upstream().received).toHaveLength(2);
  });
});
