import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit/audit-log';
import type { Database } from '../db/database';
import { type SubmitMemory, submitTable } from '../db/submit-table';
import { testDatabase } from '../testing/test-database';
import { restoreFromAudit } from './restore';
import { fingerprintOf } from './submit-attempt';
import { canonicalSha256 } from './plan-hash';
import { type SubmitResult, unknownResult } from './submit-result';

const DAY = 24 * 60 * 60 * 1000;
const plan = (step: number) => ({ metadata: { kind: 'UpgradeTask' }, spec: { userDefinedStep: step } });
const fingerprint = (step: number) => fingerprintOf('c1', 'upgrade', canonicalSha256(plan(step)) ?? '');

const line = (key: string, step: number, outcome: AuditEntry['outcome'], at: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  time: new Date(at).toISOString(),
  kind: 'upgrade',
  clusterId: 'c1',
  idempotencyKey: key,
  bodySha256: 'a'.repeat(64),
  body: plan(step),
  acceptedRisks: [],
  preCheckTaskId: null,
  outcome,
  status: outcome === 'sending' ? null : outcome === 'accepted' ? 200 : 502,
  taskId: null,
  errorCode: outcome === 'unknown' ? 'BFF.OUTCOME_UNKNOWN' : null,
  errorMessage: null,
  requestId: null,
  user: null,
  ...extra,
});

let database: Database | undefined;
afterEach(() => database?.close());

/** The memory of submits after restoring `entries`, and a claim of a plan under a new key as a submit would make it. */
async function restored(entries: AuditEntry[], now: number, before: (memory: SubmitMemory<SubmitResult>) => Promise<void> = async () => undefined) {
  database = await testDatabase();
  const memory = submitTable<SubmitResult>({ db: database.db, claimMs: 1000, stale: () => unknownResult('upgrade', 502, 'stale'), now: () => now });
  await before(memory);
  await database.db.transaction().execute((trx) => restoreFromAudit(trx, entries, now));
  const claim = async (key: string, step: number) => {
    const made = await memory.claim({ key, fingerprint: fingerprint(step), clusterId: 'c1', kind: 'upgrade', settledTwins: true, sendAgain: false, sending: (_, at) => line(key, step, 'sending', at.getTime()) });
    return made.kind === 'outcome-unknown' ? made : made.kind;
  };
  return { claim };
}

describe('restoring submits from an audit file written before the database', () => {
  it('restores an unknown send from anywhere in the log, an accepted one only from the last 24 h', async () => {
    const now = 30 * DAY;
    const store = await restored(
      [line('k1', 10, 'sending', 0), line('k1', 10, 'unknown', 1000), line('k2', 20, 'sending', 0), line('k2', 20, 'accepted', 1000), line('k3', 30, 'sending', 5000)],
      now,
    );
    expect(await store.claim('n1', 10)).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: 0 } });
    expect(await store.claim('n3', 30)).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k3', at: 5000 } });
    expect(await store.claim('n2', 20)).toBe('new');
  });

  it('counts a refusal only as the outcome of a send, and never one the BFF gave before sending', async () => {
    const now = Date.now();
    const unreadable = { outcome: 'refused', status: 503, errorCode: 'BFF.AUDIT_UNREADABLE' } as const;
    const store = await restored(
      [
        // Sent, then the BFF stopped; after a restart with an unreadable log its resend was refused, with no body.
        line('k1', 10, 'sending', now - 5000),
        line('k1', 10, 'refused', now - 4000, { ...unreadable, body: undefined }),
        // Sent and unknown; then a refusal with no send before it.
        line('k2', 20, 'sending', now - 3000),
        line('k2', 20, 'unknown', now - 2000),
        line('k2', 20, 'refused', now - 1000, { ...unreadable, body: undefined }),
        // Refused by CCE: forgotten.
        line('k3', 30, 'sending', now - 1000),
        line('k3', 30, 'refused', now - 500, { status: 429, errorCode: 'CCE.01429002' }),
      ],
      now,
    );
    expect(await store.claim('n1', 10)).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: now - 5000 } });
    expect(await store.claim('n2', 20)).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k2', at: now - 3000 } });
    // Refused by CCE, so forgotten: the key may be sent again.
    expect(await store.claim('k3', 30)).toBe('new');
  });

  it('never lets an older imported send take over from a newer one the database already holds', async () => {
    const now = Date.now();
    const store = await restored([line('old', 10, 'sending', now - 60_000), line('old', 10, 'unknown', now - 59_000)], now, async (memory) => {
      const claim = await memory.claim({ key: 'newer', fingerprint: fingerprint(10), clusterId: 'c1', kind: 'upgrade', settledTwins: true, sendAgain: false, sending: (_, at) => line('newer', 10, 'sending', at.getTime()) });
      if (claim.kind !== 'new') throw new Error(`expected a new claim, got ${claim.kind}`);
      await claim.settle({ ...unknownResult('upgrade', 502, 'x'), outcome: 'accepted' }, line('newer', 10, 'accepted', now));
    });
    expect(await store.claim('n1', 10)).toBe('replay');
  });
});
