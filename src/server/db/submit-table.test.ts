import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit/audit-log';
import { replicaOf, testDatabase } from '../testing/test-database';
import type { Database } from './database';
import { type Claim, type ClaimRequest, type Settled, submitTable } from './submit-table';

interface Result extends Settled {
  id: string;
}
const accepted = (id: string): Result => ({ outcome: 'accepted', id });
const unknown = (id: string): Result => ({ outcome: 'unknown', id });

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

const line = (key: string, outcome: AuditEntry['outcome'], at = new Date()): AuditEntry => ({
  time: at.toISOString(), kind: 'upgrade', clusterId: 'c1', idempotencyKey: key, bodySha256: 'a'.repeat(64), body: {}, acceptedRisks: [],
  preCheckTaskId: null, outcome, status: null, taskId: null, errorCode: null, errorMessage: null, requestId: null, user: null,
});

/** The memory of submits on a fresh schema, with `claim(key, plan, cluster, options)` shaped like the old store's. */
async function memory({ clock = { now: 0 }, database }: { clock?: { now: number }; database?: Database } = {}) {
  const db = database ?? (await testDatabase());
  opened.push(db);
  const table = submitTable<Result>({ db: db.db, claimMs: 1000, ttlMs: 60_000, stale: () => unknown('stale'), now: () => clock.now });
  const claim = (key: string, fingerprint: string, clusterId: string, options: Partial<Pick<ClaimRequest, 'settledTwins' | 'sendAgain'>> = {}) =>
    table.claim({ key, fingerprint, clusterId, kind: 'upgrade', settledTwins: options.settledTwins ?? true, sendAgain: options.sendAgain ?? false, sending: (_, at) => line(key, 'sending', at) });
  return { claim, db, clock };
}

async function settleNew(claim: Promise<Claim<Result>>, result: Result) {
  const made = await claim;
  if (made.kind !== 'new') throw new Error(`expected a new claim, got ${made.kind}`);
  await made.settle(result, line('k', result.outcome));
}
const kind = async (claim: Promise<Claim<Result>>) => (await claim).kind;
async function replayed(claim: Promise<Claim<Result>>) {
  const made = await claim;
  if (made.kind !== 'replay') throw new Error(`expected a replay, got ${made.kind}`);
  return made.result();
}

describe('the memory of submits', () => {
  it('replays a key with the same plan and refuses it with another', async () => {
    const { claim } = await memory();
    await settleNew(claim('k1', 'fp-a', 'c1'), accepted('first'));
    expect(await replayed(claim('k1', 'fp-a', 'c1'))).toEqual(accepted('first'));
    expect(await kind(claim('k1', 'fp-b', 'c1'))).toBe('key-reused');
  });

  it('lets a request in this process wait for a submit in flight, and keeps other plans for that cluster out until it settles', async () => {
    const { claim } = await memory();
    const first = await claim('k1', 'fp-a', 'c1');
    const twin = claim('k2', 'fp-a', 'c1');
    expect(await kind(claim('k3', 'fp-b', 'c1'))).toBe('cluster-busy');
    expect(await kind(claim('k4', 'fp-c', 'c2'))).toBe('new');
    await settleNew(Promise.resolve(first), accepted('first'));
    expect(await replayed(twin)).toEqual(accepted('first'));
    expect(await kind(claim('k3', 'fp-b', 'c1'))).toBe('new');
  });

  it('gives one claim to 50 concurrent requests for one key over two replicas, and refuses the other replica\u2019s repeats while in flight', async () => {
    const a = await memory();
    const b = await memory({ database: await replicaOf(a.db) });
    const claims = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).claim('k1', 'fp-a', 'c1')));
    expect(claims.filter((made) => made.kind === 'new')).toHaveLength(1);
    expect(new Set(claims.map((made) => made.kind))).toEqual(new Set(['new', 'replay', 'in-flight']));
  });

  it('answers every repeat of a key in this process as a replay, even one that waited on the first claim’s locks', async () => {
    const database = await testDatabase();
    // A busy event loop: a claim's transaction resumes its caller a while after the commit. On PostgreSQL (test:pg) the
    // repeats, waiting on other connections for the claim's advisory locks, read its pending row meanwhile; they must
    // still find it in flight here rather than take it for another replica's and refuse a double click with 409.
    const late: Database['db'] = new Proxy(database.db, {
      get: (target, property) => {
        if (property === 'transaction') {
          return () => ({
            execute: async (work: Parameters<ReturnType<typeof target.transaction>['execute']>[0]) => {
              const done: unknown = await target.transaction().execute(work);
              await new Promise((resolve) => setTimeout(resolve, 200));
              return done;
            },
          });
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { claim } = await memory({ database: { ...database, db: late } });
    const claims = await Promise.all(Array.from({ length: 5 }, () => claim('k1', 'fp-a', 'c1')));
    expect(claims.filter((made) => made.kind === 'new')).toHaveLength(1);
    expect(claims.filter((made) => made.kind !== 'new').map((made) => made.kind)).toEqual(Array(4).fill('replay'));
    await settleNew(Promise.resolve(claims.find((made) => made.kind === 'new') ?? claims[0]!), accepted('first'));
  });

  it('decides a key sent for two clusters at once once: one claim, the other told the key was used', async () => {
    const a = await memory();
    const b = await memory({ database: await replicaOf(a.db) });
    await settleNew(a.claim('k1', 'fp-x', 'c3'), { outcome: 'refused', id: 'refused rows are what a second claim deletes' });
    const kinds = await Promise.all([kind(a.claim('k1', 'fp-a', 'c1')), kind(b.claim('k1', 'fp-b', 'c2'))]);
    expect(kinds.sort()).toEqual(['key-reused', 'new']);
    expect(await a.db.db.selectFrom('submit').select(['idempotency_key', 'state']).execute()).toEqual([{ idempotency_key: 'k1', state: 'pending' }]);
  });

  it('keeps a claim another replica read as stale unknown when its own replica settles it late', async () => {
    const a = await memory();
    const first = a.claim('k1', 'fp-a', 'c1');
    await first;
    const b = await memory({ database: await replicaOf(a.db), clock: a.clock });
    a.clock.now = 1001;
    expect(await kind(b.claim('k2', 'fp-a', 'c1'))).toBe('outcome-unknown');
    await settleNew(first, accepted('late'));
    expect(await kind(b.claim('k3', 'fp-a', 'c1'))).toBe('outcome-unknown');
    expect(await replayed(b.claim('k1', 'fp-a', 'c1'))).toEqual(unknown('stale'));
  });

  it('forgets a refused submit, so its key and plan may be sent again', async () => {
    const { claim } = await memory();
    await settleNew(claim('k1', 'fp-a', 'c1'), { outcome: 'refused', id: 'no' });
    expect(await kind(claim('k1', 'fp-a', 'c1'))).toBe('new');
  });

  it('shares a settled result across keys only when asked to', async () => {
    const { claim } = await memory();
    await settleNew(claim('k1', 'fp-a', 'c1'), accepted('first'));
    await settleNew(claim('k2', 'fp-a', 'c1', { settledTwins: false }), accepted('retry'));
    expect(await replayed(claim('k3', 'fp-a', 'c1'))).toEqual(accepted('retry'));
  });

  it('forgets accepted submits after the time to live, but never one in flight before its deadline', async () => {
    const { claim, clock } = await memory();
    await settleNew(claim('k1', 'fp-a', 'c1'), accepted('first'));
    await claim('k2', 'fp-b', 'c2');
    clock.now = 999;
    expect(await kind(claim('k2', 'fp-b', 'c2'))).toBe('replay');
    clock.now = 60_001;
    expect(await kind(claim('k1', 'fp-a', 'c1'))).toBe('new');
  });

  it('reads a claim whose replica stopped as unknown once its deadline passes, and holds its plan back', async () => {
    const a = await memory();
    await a.claim('k1', 'fp-a', 'c1');
    // Replica A stops here: no outcome is ever recorded.
    const b = await memory({ database: await replicaOf(a.db), clock: a.clock });
    expect(await kind(b.claim('k1', 'fp-a', 'c1'))).toBe('in-flight');
    expect(await kind(b.claim('k2', 'fp-b', 'c1'))).toBe('cluster-busy');
    a.clock.now = 1001;
    expect(await replayed(b.claim('k1', 'fp-a', 'c1'))).toEqual(unknown('stale'));
    expect(await b.claim('k3', 'fp-a', 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: 0 } });
    expect(await kind(b.claim('k2', 'fp-b', 'c1'))).toBe('new');
  });

  it('writes the write-ahead record with the claim, and claims nothing when it cannot be written', async () => {
    const { claim, db } = await memory();
    await claim('k1', 'fp-a', 'c1');
    expect(await db.db.selectFrom('audit_log').select(['idempotency_key', 'outcome']).execute()).toEqual([{ idempotency_key: 'k1', outcome: 'sending' }]);
    const table = submitTable<Result>({ db: db.db, claimMs: 1000, stale: () => unknown('stale') });
    const failing = table.claim({ key: 'k2', fingerprint: 'fp-b', clusterId: 'c2', kind: 'upgrade', settledTwins: true, sendAgain: false, sending: () => ({ ...line('k2', 'sending'), time: 'not a time' }) });
    await expect(failing).rejects.toThrow();
    expect(await db.db.selectFrom('submit').select('idempotency_key').execute()).toEqual([{ idempotency_key: 'k1' }]);
  });
});

describe('the memory of submits and a plan whose outcome is unknown', () => {
  it('holds the plan back under a new key until it is sent again on purpose, naming the earlier send', async () => {
    const { claim, clock } = await memory({ clock: { now: 5000 } });
    await settleNew(claim('k1', 'fp-a', 'c1'), unknown('lost'));
    clock.now = 6000;
    expect(await claim('k2', 'fp-a', 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: 5000 } });
    expect(await kind(claim('k1', 'fp-a', 'c1'))).toBe('replay');
    const again = claim('k3', 'fp-a', 'c1', { sendAgain: true });
    expect(await again).toMatchObject({ kind: 'new', overrides: { key: 'k1', at: 5000 } });
    await settleNew(again, accepted('second'));
    expect(await kind(claim('k4', 'fp-a', 'c1'))).toBe('replay');
  });

  it('never lets sendAgain past a twin that was accepted or is still in flight', async () => {
    const { claim } = await memory();
    const first = claim('k1', 'fp-a', 'c1');
    await first;
    expect(await kind(claim('k2', 'fp-a', 'c1', { sendAgain: true }))).toBe('replay');
    await settleNew(first, accepted('first'));
    expect(await kind(claim('k3', 'fp-a', 'c1', { sendAgain: true }))).toBe('replay');
  });

  it('holds an unknown plan past the time to live', async () => {
    const { claim, clock } = await memory();
    await settleNew(claim('k1', 'fp-a', 'c1'), unknown('lost'));
    clock.now = 10 * 24 * 60 * 60 * 1000;
    expect(await claim('k6', 'fp-a', 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: 0 } });
  });

  it('lets a send-again that was accepted settle the plan for good: it does not hand back to the unknown send when it expires', async () => {
    const { claim, clock } = await memory();
    await settleNew(claim('k1', 'fp-a', 'c1'), unknown('lost'));
    await settleNew(claim('k2', 'fp-a', 'c1', { sendAgain: true }), accepted('second'));
    clock.now = 60_001;
    expect(await kind(claim('k3', 'fp-a', 'c1'))).toBe('new');
  });

  it('hands the plan back to the unknown send when the send-again was refused', async () => {
    const { claim } = await memory();
    await settleNew(claim('k1', 'fp-a', 'c1'), unknown('lost'));
    await settleNew(claim('k2', 'fp-a', 'c1', { sendAgain: true }), { outcome: 'refused', id: '429' });
    expect(await kind(claim('k3', 'fp-a', 'c1'))).toBe('outcome-unknown');
  });
});
