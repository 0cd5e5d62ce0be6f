import { describe, expect, it } from 'vitest';
import { type AuditEntry, AuditUnreadableError, parseLine } from './audit-log';

const entry = (n: number, time = new Date()): AuditEntry => ({
  time: time.toISOString(),
  kind: 'upgrade',
  clusterId: 'c1',
  idempotencyKey: `key-${n}`,
  bodySha256: 'a'.repeat(64),
  body: { n },
  acceptedRisks: [],
  preCheckTaskId: null,
  outcome: 'accepted',
  status: 200,
  taskId: null,
  errorCode: null,
  errorMessage: null,
  requestId: null,
  user: null,
});

describe('a line of an audit file written before the database', () => {
  it.each([
    ['not JSON', 'not json', /line 2 of the audit log \(AUDIT_LOG\) is not a readable audit record \(not JSON\)/],
    ['not an audit entry', '{"time":"x"}', /line 2 of the audit log \(AUDIT_LOG\) is not a readable audit record \(not an audit entry: time: /],
    ['a sent request without its body', JSON.stringify({ ...entry(9), body: undefined, outcome: 'sending' }), /\(not an audit entry: body: a request that may have been sent must record its body\)/],
  ])('refuses a line of an audit file that is %s, naming the line, rather than forget it', (_, bad, message) => {
    const path = '/var/lib/planner/audit.jsonl';
    const error = (() => {
      try {
        return parseLine(bad, path, 2);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(AuditUnreadableError);
    expect(String((error as Error).message)).toMatch(new RegExp(message.source, 'i'));
    // The message reaches the browser and names only the setting; the path is for the server's log.
    expect(String((error as Error).message)).not.toContain(path);
    expect((error as AuditUnreadableError).file).toBe(path);
  });

});
