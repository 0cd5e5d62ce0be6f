import { describe, expect, it } from 'vitest';
import { type Claim, IdempotencyStore, type Settled } from './idempotency-store';

interface Result extends Settled {
  id: string;
}
const accepted = (id: string): Result => ({ outcome: 'accepted', id });

function settleNew(claim: Claim<Result>, result: Result) {
  if (claim.kind !== 'new') throw new Error(`expected a new claim, got ${claim.kind}`);
  claim.settle(result);
}

describe('IdempotencyStore', () => {
  it('replays a key with the same fingerprint and refuses it with another', async () => {
    const store = new IdempotencyStore<Result>();
    settleNew(store.claim('k1', 'fp-a', 'c1'), accepted('first'));
    const replay = store.claim('k1', 'fp-a', 'c1');
    expect(replay.kind).toBe('replay');
    if (replay.kind === 'replay') expect(await replay.result).toEqual(accepted('first'));
    expect(store.claim('k1', 'fp-b', 'c1').kind).toBe('key-reused');
  });

  it('lets a request wait for a submit still in flight, and keeps other plans for that cluster out until it settles', async () => {
    const store = new IdempotencyStore<Result>();
    const first = store.claim('k1', 'fp-a', 'c1');
    const twin = store.claim('k2', 'fp-a', 'c1');
    expect(store.claim('k3', 'fp-b', 'c1').kind).toBe('cluster-busy');
    expect(store.claim('k4', 'fp-c', 'c2').kind).toBe('new');
    settleNew(first, accepted('first'));
    if (twin.kind !== 'replay') throw new Error('expected a replay');
    expect(await twin.result).toEqual(accepted('first'));
    expect(store.claim('k3', 'fp-b', 'c1').kind).toBe('new');
  });

  it('forgets a refused submit, so its key and plan may be sent again', () => {
    const store = new IdempotencyStore<Result>();
    settleNew(store.claim('k1', 'fp-a', 'c1'), { outcome: 'refused', id: 'no' });
    expect(store.claim('k1', 'fp-a', 'c1').kind).toBe('new');
  });

  it('shares a settled result across keys only when asked to', () => {
    const store = new IdempotencyStore<Result>();
    settleNew(store.claim('k1', 'fp-a', 'c1'), accepted('first'));
    expect(store.claim('k2', 'fp-a', 'c1', { settledTwins: false }).kind).toBe('new');
    expect(store.claim('k3', 'fp-a', 'c1').kind).toBe('replay');
  });

  it('forgets entries after the time to live, but never one still in flight', () => {
    let now = 0;
    const store = new IdempotencyStore<Result>({ ttlMs: 1000, now: () => now });
    settleNew(store.claim('k1', 'fp-a', 'c1'), accepted('first'));
    store.claim('k2', 'fp-b', 'c2');
    now = 1001;
    expect(store.claim('k1', 'fp-a', 'c1').kind).toBe('new');
    expect(store.claim('k2', 'fp-b', 'c2').kind).toBe('replay');
  });

  it('stays within its size bound by dropping the oldest settled entries', () => {
    const store = new IdempotencyStore<Result>({ maxEntries: 3 });
    for (const n of [1, 2, 3, 4, 5]) settleNew(store.claim(`k${n}`, `fp-${n}`, `c${n}`), accepted(String(n)));
    store.claim('k6', 'fp-6', 'c6');
    expect(store.size).toBe(3);
    expect(store.claim('k5', 'fp-5', 'c5').kind).toBe('replay');
    expect(store.claim('k1', 'fp-1', 'c1').kind).toBe('new');
  });

  it('restores settled submits; a later line for the same key replaces an earlier one', () => {
    const store = new IdempotencyStore<Result>();
    store.restore('k1', 'fp-a', 'c1', Date.now(), { outcome: 'unknown', id: 'sending' });
    store.restore('k1', 'fp-a', 'c1', Date.now(), { outcome: 'refused', id: 'refused' });
    expect(store.claim('k1', 'fp-a', 'c1').kind).toBe('new');
  });
});

describe('IdempotencyStore and a plan whose outcome is unknown', () => {
  const unknown = (id: string): Result => ({ outcome: 'unknown', id });

  it('holds the plan back under a new key until it is sent again on purpose, naming the earlier send', () => {
    let now = 5000;
    const store = new IdempotencyStore<Result>({ now: () => now });
    settleNew(store.claim('k1', 'fp-a', 'c1'), unknown('lost'));
    now = 6000;
    expect(store.claim('k2', 'fp-a', 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: 5000 } });
    expect(store.claim('k1', 'fp-a', 'c1').kind).toBe('replay');
    const again = store.claim('k3', 'fp-a', 'c1', { sendAgain: true });
    expect(again).toMatchObject({ kind: 'new', overrides: { key: 'k1', at: 5000 } });
    settleNew(again, accepted('second'));
    expect(store.claim('k4', 'fp-a', 'c1').kind).toBe('replay');
  });

  it('never lets sendAgain past a twin that was accepted or is still in flight', () => {
    const store = new IdempotencyStore<Result>();
    const first = store.claim('k1', 'fp-a', 'c1');
    expect(store.claim('k2', 'fp-a', 'c1', { sendAgain: true }).kind).toBe('replay');
    settleNew(first, accepted('first'));
    expect(store.claim('k3', 'fp-a', 'c1', { sendAgain: true }).kind).toBe('replay');
  });

  it('holds an unknown plan past the time to live and the size bound, until it is sent again on purpose', () => {
    let now = 0;
    const store = new IdempotencyStore<Result>({ ttlMs: 1000, maxEntries: 2, now: () => now });
    settleNew(store.claim('k1', 'fp-a', 'c1'), unknown('lost'));
    for (const n of [2, 3, 4, 5]) settleNew(store.claim(`k${n}`, `fp-${n}`, `c${n}`), accepted(String(n)));
    now = 10 * 24 * 60 * 60 * 1000;
    expect(store.claim('k6', 'fp-a', 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: 0 } });
    expect(store.claim('k1', 'fp-a', 'c1').kind).toBe('replay');
    expect(store.claim('k2', 'fp-2', 'c2').kind).toBe('new');

    const restored = new IdempotencyStore<Result>({ ttlMs: 1000, now: () => now });
    restored.restore('k1', 'fp-a', 'c1', 0, unknown('lost'));
    restored.restore('k2', 'fp-b', 'c2', 0, accepted('old'));
    expect(restored.claim('k7', 'fp-a', 'c1').kind).toBe('outcome-unknown');
    expect(restored.claim('k8', 'fp-b', 'c2').kind).toBe('new');
  });

  it('lets a send-again that was accepted settle the plan for good: it does not hand back to the unknown send when it expires', () => {
    let now = 0;
    const store = new IdempotencyStore<Result>({ ttlMs: 1000, now: () => now });
    settleNew(store.claim('k1', 'fp-a', 'c1'), unknown('lost'));
    settleNew(store.claim('k2', 'fp-a', 'c1', { sendAgain: true }), accepted('second'));
    now = 2000;
    expect(store.claim('k3', 'fp-a', 'c1').kind).toBe('new');
  });

  it('hands the plan back to the unknown send when the send-again was refused, live and when restored', () => {
    const live = new IdempotencyStore<Result>();
    settleNew(live.claim('k1', 'fp-a', 'c1'), unknown('lost'));
    settleNew(live.claim('k2', 'fp-a', 'c1', { sendAgain: true }), { outcome: 'refused', id: '429' });
    expect(live.claim('k3', 'fp-a', 'c1').kind).toBe('outcome-unknown');

    const restored = new IdempotencyStore<Result>();
    restored.restore('k1', 'fp-a', 'c1', Date.now(), unknown('lost'));
    restored.restore('k2', 'fp-a', 'c1', Date.now(), unknown('sending'));
    restored.restore('k2', 'fp-a', 'c1', Date.now(), { outcome: 'refused', id: '429' });
    expect(restored.claim('k3', 'fp-a', 'c1').kind).toBe('outcome-unknown');
  });
});
