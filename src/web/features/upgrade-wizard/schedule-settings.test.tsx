import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SCHEDULE_KEY, useScheduleSettings } from './schedule-settings';

const window = { start: '2026-12-05T22:00', timeZone: 'Europe/Berlin', minutes: 360 };

describe('schedule settings', () => {
  it('keeps each cluster’s window across a reload, and one unreadable entry does not take the others with it', () => {
    localStorage.setItem(SCHEDULE_KEY, JSON.stringify({ a: { ...DEFAULT_SETTINGS, window }, b: { assumptions: 'written by an older build' } }));
    const a = renderHook(() => useScheduleSettings('a'));
    expect(a.result.current[0].window).toEqual(window);
    const b = renderHook(() => useScheduleSettings('b'));
    expect(b.result.current[0]).toEqual(DEFAULT_SETTINGS);
    act(() => b.result.current[1]({ ...DEFAULT_SETTINGS, window: { ...window, minutes: 120 } }));
    expect(JSON.parse(localStorage.getItem(SCHEDULE_KEY) ?? '{}')).toEqual({
      a: { ...DEFAULT_SETTINGS, window },
      b: { ...DEFAULT_SETTINGS, window: { ...window, minutes: 120 } },
    });
  });

  it('stores nothing the schema refuses, and every view of the cluster follows a valid change at once', () => {
    const first = renderHook(() => useScheduleSettings('a'));
    const second = renderHook(() => useScheduleSettings('a'));
    act(() => first.result.current[1]({ ...DEFAULT_SETTINGS, window: { ...window, timeZone: 'Mars/Olympus' } }));
    expect(localStorage.getItem(SCHEDULE_KEY)).toBeNull();
    act(() => first.result.current[1]({ ...DEFAULT_SETTINGS, window }));
    expect(second.result.current[0].window).toEqual(window);
  });
});
