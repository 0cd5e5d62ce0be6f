import { describe, expect, it } from 'vitest';
import { type AuditEntry, memoryAuditLog } from '../audit/audit-log';
import { IdempotencyStore } from './idempotency-store';
import { restoreFromAudit } from './restore';
import { fingerprintOf } from './submit-attempt';
import { canonicalSha256 } from './plan-hash';
import type { SubmitResult } from './submit-result';

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

async function restored(entries: AuditEntry[], now: number) {
  const audit = memoryAuditLog();
  audit.entries.push(...entries);
  const store = new IdempotencyStore<SubmitResult>({ now: () => now });
  expect(await restoreFromAudit(store, audit, now)).toBeUndefined();
  return store;
}

describe('restoreFromAudit', () => {
  it('restores an unknown send from anywhere in the log, an accepted one only from the last 24 h', async () => {
    const now = 30 * DAY;
    const store = await restored(
      [line('k1', 10, 'sending', 0), line('k1', 10, 'unknown', 1000), line('k2', 20, 'sending', 0), line('k2', 20, 'accepted', 1000), line('k3', 30, 'sending', 5000)],
      now,
    );
    expect(store.claim('n1', fingerprint(10), 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: 0 } });
    expect(store.claim('n3', fingerprint(30), 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k3', at: 5000 } });
    expect(store.claim('n2', fingerprint(20), 'c1').kind).toBe('new');
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
    expect(store.claim('n1', fingerprint(10), 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k1', at: now - 5000 } });
    expect(store.claim('n2', fingerprint(20), 'c1')).toEqual({ kind: 'outcome-unknown', earlier: { key: 'k2', at: now - 3000 } });
    expect(store.claim('k3', fingerprint(30), 'c1').kind).toBe('new');
  });
});
