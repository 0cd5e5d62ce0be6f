import { describe, expect, it } from 'vitest';
import { fitWindow, maintenanceWindowSchema, windowStartInstant } from './maintenance-window';
import './zod-messages'; // the English of the messages asserted here, as the BFF and the CLI load it

const opens = (start: string, timeZone: string) => windowStartInstant({ start, timeZone, minutes: 60 }).toISOString();

describe('windowStartInstant', () => {
  it('reads the wall time in its zone, either side of a DST change', () => {
    expect(opens('2026-03-29T01:30', 'Europe/Berlin')).toBe('2026-03-29T00:30:00.000Z');
    expect(opens('2026-03-29T03:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(opens('2026-07-01T22:00', 'America/New_York')).toBe('2026-07-02T02:00:00.000Z');
    expect(opens('2026-12-01T22:00', 'America/New_York')).toBe('2026-12-02T03:00:00.000Z');
    expect(opens('2026-06-01T12:00', 'Asia/Kolkata')).toBe('2026-06-01T06:30:00.000Z');
  });

  it('opens a skipped wall time when the clocks have moved on (Berlin 02:30 on 29 March 2026 is 03:30 CEST)', () => {
    expect(opens('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(opens('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('opens a repeated wall time the first time it happens', () => {
    expect(opens('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    expect(opens('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('maintenanceWindowSchema', () => {
  const window = { start: '2026-03-29T22:00', timeZone: 'Europe/Berlin', minutes: 240 };
  const messages = (value: object) => maintenanceWindowSchema.safeParse({ ...window, ...value }).error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);

  it('accepts a window and leaves it as written', () => {
    expect(maintenanceWindowSchema.parse(window)).toEqual(window);
  });

  it('refuses a zone Intl does not know', () => {
    expect(messages({ timeZone: 'Mars/Olympus' })).toEqual(['timeZone must be a time zone such as Europe/Berlin']);
    expect(messages({ timeZone: '' })).toEqual(['timeZone must be a time zone such as Europe/Berlin']);
  });

  it('refuses a start that is not a real date and time', () => {
    for (const start of ['2026-02-30T22:00', '2026-03-29T24:00', '2026-03-29 22:00', '2026-03-29T22:00:00']) {
      expect(messages({ start })).toEqual(['start must be a date and time such as 2026-03-29T22:00']);
    }
  });

  it('keeps the length between 15 minutes and 7 days', () => {
    expect(messages({ minutes: 15 })).toBeUndefined();
    expect(messages({ minutes: 10080 })).toBeUndefined();
    expect(messages({ minutes: 14 })).toEqual(['minutes must be at least 15 minutes']);
    expect(messages({ minutes: 10081 })).toEqual(['minutes must be at most 10080 minutes (7 days)']);
    expect(messages({ minutes: 60.5 })).toEqual(['minutes must be a whole number']);
  });
});

describe('fitWindow', () => {
  it('judges on the high end: exactly the window fits, a minute more overruns by a minute', () => {
    expect(fitWindow({ low: 100, high: 240 }, 240)).toEqual({ fits: true, overrunMinutes: 0 });
    expect(fitWindow({ low: 100, high: 241 }, 240)).toEqual({ fits: false, overrunMinutes: 1 });
    expect(fitWindow({ low: 239, high: 300 }, 240)).toEqual({ fits: false, overrunMinutes: 60 });
  });
});
