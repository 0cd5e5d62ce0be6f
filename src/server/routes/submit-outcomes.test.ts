import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { bffErrorSchema, REPLAYED_HEADER } from '../../shared/bff-api';
import { restartableBffsPerTest } from '../testing/restartable-bffs';
import { auditEntries, buildTestBff, startRecordingUpstream, TEST_AK, TEST_SK } from '../testing/recording-upstream';
import { planText, retryUpgrade, submitUpgrade, upgradeAccepted } from '../testing/submit-client';

const { upstream, database, auditLines, startBff } = restartableBffsPerTest();
const outcomes = async () => (await auditLines()).map((line) => line.outcome);

/** Makes every write of an audit record fail (the table it locks is gone), as a database that refuses writes does. */
const breakAuditWrites = (broken: boolean) =>
  sql`alter table ${sql.table(`${database().schema}.${broken ? 'audit_head' : 'audit_head_gone'}`)} rename to ${sql.id(broken ? 'audit_head_gone' : 'audit_head')}`.execute(database().db);

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
    expect(await outcomes()).toEqual(['sending', 'unknown', 'replayed', 'conflict', 'sending', 'unknown']);
  });

  it('is answered 504 when CCE accepted but answered after the timeout; CCE got it once', async () => {
    const app = await startBff({ timeoutMs: 300 });
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
    expect((await auditLines()).at(-1)).toMatchObject({ outcome: 'unknown', status: 502, errorCode: 'BFF.OUTCOME_UNKNOWN' });
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
    const { app, database: own } = await buildTestBff(closed.endpoint, 500);
    const key = randomUUID();
    for (let i = 0; i < 2; i += 1) {
      const response = await submitUpgrade(app, { request: planText() }, { key });
      expect(response.json()).toMatchObject({ status: 502, code: 'BFF.UPSTREAM_UNREACHABLE' });
    }
    expect((await auditEntries(own)).map((line) => line.outcome)).toEqual(['sending', 'refused', 'sending', 'refused']);
    await app.close();
  });
});

describe('the audit log', () => {
  it('refuses to send a submit it cannot record, and sends it once the database takes writes again', async () => {
    const app = await startBff();
    await breakAuditWrites(true);
    const key = randomUUID();
    const refused = await submitUpgrade(app, { request: planText() }, { key });
    expect(refused.statusCode).toBe(503);
    expect(bffErrorSchema.parse(refused.json())).toMatchObject({ code: 'BFF.AUDIT_UNAVAILABLE', message: expect.stringMatching(/did not send it to CCE/) });
    expect(upstream().received).toEqual([]);

    await breakAuditWrites(false);
    expect((await submitUpgrade(app, { request: planText() }, { key })).statusCode).toBe(200);
    expect(upstream().received).toHaveLength(1);
  });

  it('has one record per attempt and outcome, chained, and never a credential', async () => {
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

    expect(await outcomes()).toEqual(['invalid', 'sending', 'accepted', 'replayed', 'conflict', 'sending', 'refused', 'sending', 'unknown']);
    const rows = await database().db.selectFrom('audit_log').select(['seq', 'entry', 'prev_hash', 'hash']).orderBy('seq').execute();
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]?.hash));
    const text = rows.map((row) => row.entry).join('\n');
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

  it('treats a submit whose outcome was never recorded as unknown once its deadline passes, and never sends it again', async () => {
    let clock = Date.now();
    const before = await startBff({ now: () => clock });
    // The outcome cannot be recorded, as when the replica dies while CCE has the request.
    upstream().respondWith(async () => {
      await breakAuditWrites(true);
      return upgradeAccepted();
    });
    const key = randomUUID();
    expect((await submitUpgrade(before, { request: planText() }, { key })).statusCode).toBe(200);
    await breakAuditWrites(false);
    await before.close();

    const after = await startBff({ now: () => clock });
    // Until the claim's deadline, the sender may still be recording its outcome.
    expect((await submitUpgrade(after, { request: planText() }, { key: randomUUID() })).statusCode).toBe(409);
    clock += 2000 + 5_000 + 1;
    const response = await submitUpgrade(after, { request: planText() }, { key });
    expectUnknown(response, 502);
    expect(response.json().message).toMatch(/stopped while it was sending/);
    expect(bffErrorSchema.parse((await submitUpgrade(after, { request: planText() })).json()).code).toBe('BFF.OUTCOME_UNKNOWN_PLAN');
    expect(upstream().received).toHaveLength(1);
  });

  it('forgets accepted submits after 24 hours', async () => {
    let clock = Date.now();
    const app = await startBff({ now: () => clock });
    const key = randomUUID();
    await submitUpgrade(app, { request: planText() }, { key });
    clock += 24 * 60 * 60 * 1000 + 60_000;
    expect((await submitUpgrade(app, { request: planText() }, { key })).headers[REPLAYED_HEADER]).toBeUndefined();
    expect(upstream().received).toHaveLength(2);
  });
});
