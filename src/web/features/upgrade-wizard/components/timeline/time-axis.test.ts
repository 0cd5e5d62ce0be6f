import { describe, expect, it } from 'vitest';
import { formatMomentRange, timeTicks } from './time-axis';

const clock = (date: Date, weekday = false) =>
  new Intl.DateTimeFormat(undefined, { ...(weekday ? { weekday: 'short' } : {}), hour: '2-digit', minute: '2-digit' }).format(date);

describe('time axis', () => {
  it('counts from the start in round steps about 80 px apart when no start instant is known', () => {
    expect(timeTicks(600, 600).map((tick) => tick.label)).toEqual(['+0 min', '+2 h', '+4 h', '+6 h', '+8 h', '+10 h']);
    expect(timeTicks(600, 4800).map((tick) => tick.minute).slice(0, 3)).toEqual([0, 10, 20]);
  });

  it('puts wall-clock ticks on round local times, with the weekday once the upgrade runs past midnight', () => {
    const startsAt = new Date(2026, 0, 10, 23, 10);
    const ticks = timeTicks(120, 320, startsAt);
    expect(ticks.map((tick) => tick.minute)).toEqual([20, 50, 80, 110]);
    expect(ticks.map((tick) => tick.label)).toEqual([
      clock(new Date(2026, 0, 10, 23, 30)),
      clock(new Date(2026, 0, 11, 0, 0), true),
      clock(new Date(2026, 0, 11, 0, 30), true),
      clock(new Date(2026, 0, 11, 1, 0), true),
    ]);
  });

  it('says a range in words, and one moment when low and high agree', () => {
    expect(formatMomentRange({ low: 20, high: 95 })).toBe('+20 min to +1 h 35 min');
    expect(formatMomentRange({ low: 60, high: 60 })).toBe('+1 h');
  });
});
