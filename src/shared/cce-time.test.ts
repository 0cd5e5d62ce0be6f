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

  it('reads the formats CCE has been seen to use for the same instant alike', () => {
    const instant = Date.UTC(2026, 10, 30, 5, 51, 49, 751);
    for (const text of [
      '2026-11-30 05:51:49.751000 +0000 UTC',
      '2026-11-30 05:51:49.751 +0000 UTC m=+0.000123',
      '2026-11-30 13:51:49.751000 +0800 CST',
      '2026-11-30T05:51:49.751000Z',
      '2026-11-30T05:51:49.751Z',
      '2026-11-30T13:51:49.751+08:00',
      '2026-11-30 05:51:49.751 UTC',
      '2026-11-30 05:51:49.751Z',
      ' 2026-11-30 05:51:49.751000 +0000 UTC ',
    ]) {
      expect(parseCceTime(text), text).toBe(instant);
    }
  });

  it('reads a time with no offset as UTC, not as the reader’s local time', () => {
    expect(parseCceTime('2026-11-30 05:51:49')).toBe(Date.UTC(2026, 10, 30, 5, 51, 49));
    expect(parseCceTime('2026-11-30T05:51:49.5')).toBe(Date.UTC(2026, 10, 30, 5, 51, 49, 500));
  });

  it('refuses what is not a time', () => {
    expect(parseCceTime('')).toBeUndefined();
    expect(parseCceTime('2026-13-45 99:99:99 +0000 UTC')).toBeUndefined();
  });
});
