import type { AuditEntry } from '../audit/audit-log';

/** The n-th of a run of accepted submits, a second apart, as the BFF records them. */
export const auditEntry = (n: number, start = Date.parse('2025-03-01T08:00:00.000Z')): AuditEntry => ({
  time: new Date(start + n * 1000).toISOString(),
  kind: 'upgrade',
  clusterId: 'c1',
  idempotencyKey: `key-${n}`,
  bodySha256: 'a'.repeat(64),
  body: { spec: { targetVersion: 'v1.29' }, n },
  acceptedRisks: [],
  preCheckTaskId: null,
  outcome: 'accepted',
  status: 200,
  taskId: `task-${n}`,
  errorCode: null,
  errorMessage: null,
  requestId: null,
  user: { subject: 's1', name: 'Ana' },
});
