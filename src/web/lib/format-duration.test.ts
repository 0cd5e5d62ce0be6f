import { afterEach, describe, expect, it } from 'vitest';
import { formatMinutes as sharedFormat } from '../../shared/format-minutes';
import { activateLocale } from '../i18n/i18n';
import { formatMinutes, formatMinutesRange } from './format-duration';

describe('durations in the planner’s language', () => {
  afterEach(() => activateLocale('en'));

  it('say in English what the BFF and the CLI say', () => {
    for (const minutes of [0, 1, 45, 59.6, 60, 119.6, 125, 500]) expect(formatMinutes(minutes)).toBe(sharedFormat(minutes));
    expect(formatMinutesRange({ low: 10, high: 25 })).toBe('10 min to 25 min');
    expect(formatMinutesRange({ low: 10.2, high: 9.8 })).toBe('10 min');
  });

  it('say it in Chinese once Chinese is chosen', async () => {
    await activateLocale('zh-CN');
    expect(formatMinutes(45)).toBe('45分钟');
    expect(formatMinutes(119.6)).toBe('2小时');
    expect(formatMinutes(500)).toBe('8小时20分钟');
    expect(formatMinutesRange({ low: 10, high: 125 })).toBe('10分钟至2小时5分钟');
  });
});
