import { describe, expect, it } from 'vitest';
import { parseCceTime } from './cce-time';

describe('parseCceTime', () => {
  it('reads CCE’s Go-style timestamps, with and without a fraction, in any offset', () => {
    expect(parseCceTime('2025-01-15 08:30:00.123456 +0000 UTC')).toBe(Date.UTC(2025, 0, 15, 8, 30, 0, 123));
    expect(parseCceTime('2025-01-15 08:30:00 +0800 CST')).toBe(Date.UTC(2025, 0, 15, 0, 30));
    // As a task view showed it raw (issue 17).
    expect(parseCceTime('2026-11-30 05:51:49.751000 +0000 UTC')).toBe(Date.UTC(2026, 10, 30, 5, 51, 49, 751));
  });

  it('reads RFC 3339 and says undefined for anything else', () => {
    expect(parseCceTime('2026-03-01T10:15:02Z')).toBe(Date.UTC(2026, 2, 1, 10, 15, 2));
    expect(parseCceTime('yesterday')).toBeUndefined();
    expect(parseCceTime(undefined)).toBeUndefined();
  });
});
