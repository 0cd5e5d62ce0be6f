import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bffErrorSchema, REPLAYED_HEADER } from '../../shared/bff-api';
import { restartableBffsPerTest } from '../testing/restartable-bffs';
import { planText, submitUpgrade, upgradeAccepted } from '../testing/submit-client';

const { upstream, auditLines, startBff } = restartableBffsPerTest();
const outcomes = async () => (await auditLines()).map((line) => line.outcome);
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
    const [sending, , replayed] = await auditLines();
    expect(replayed?.bodySha256).toBe(sending?.bodySha256);
    expect(sending?.textSha256).toBe(sha256(planText()));
    expect(replayed?.textSha256).toBe(sha256(respelled()));
  });

  it('still knows the plan after a restart', async () => {
    const before = await startBff();
    await submitUpgrade(before, { request: planText(10) });
    await before.close();

    const after = await startBff();
    expect((await submitUpgrade(after, { request: respelled(10) })).headers[REPLAYED_HEADER]).toBe('true');
    expect(upstream().received).toHaveLength(1);
  });
});

describe('a plan whose outcome is unknown', () => {
  it('is refused under a new key (409) until a person sends it again with a reason; then it goes out once more', async () => {
    const app = await startBff();
    failWith500();
    const firstKey = randomUUID();
    expect((await submitUpgrade(app, { request: planText() }, { key: firstKey })).statusCode).toBe(502);
    const sentAt = (await auditLines())[0]?.time;

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
    const sending = (await auditLines()).find((line) => line.idempotencyKey === againKey && line.outcome === 'sending');
    expect(sending?.sendAgain).toEqual({ reason, overrides: { idempotencyKey: firstKey, time: sentAt } });
    expect((await auditLines()).at(-1)).toMatchObject({ idempotencyKey: againKey, outcome: 'accepted', sendAgain: { reason } });

    // Accepted now: the plan under yet another key is answered from memory, with or without sendAgain.
    expect((await submitUpgrade(app, { request: planText() })).headers[REPLAYED_HEADER]).toBe('true');
    expect((await submitUpgrade(app, { request: planText(), sendAgain: { reason } })).headers[REPLAYED_HEADER]).toBe('true');
    expect(upstream().received).toHaveLength(2);
    expect(await outcomes()).toEqual(['sending', 'unknown', 'conflict', 'invalid', 'sending', 'accepted', 'replayed', 'replayed']);
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
    expect((await auditLines())[0]).toMatchObject({ outcome: 'sending', sendAgain: { reason, overrides: null } });
  });
});

describe('a restart keeps what the database says was sent', () => {
  it('reports the time the plan was sent in the 409, not the time its unknown outcome was written', async () => {
    const before = await startBff();
    upstream().respondWith(async (_req, reply) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return reply.code(500).send({ errorCode: 'CCE.01500001', errorMessage: 'internal error' });
    });
    await submitUpgrade(before, { request: planText() });
    await before.close();
    const [sending, unknown] = await auditLines();
    expect(unknown?.time).not.toBe(sending?.time);

    const after = await startBff();
    expect(expectError(await submitUpgrade(after, { request: planText() }), 409, 'BFF.OUTCOME_UNKNOWN_PLAN').sentAt).toBe(sending?.time);
  });
});
