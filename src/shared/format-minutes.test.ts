import { describe, expect, it } from 'vitest';
import { formatMinutes } from './format-minutes';

describe('formatMinutes', () => {
  it('says minutes, hours, or both', () => {
    expect([0, 45, 60, 120, 500].map(formatMinutes)).toEqual(['0 min', '45 min', '1 h', '2 h', '8 h 20 min']);
  });

  it('rounds to the minute before splitting hours from minutes', () => {
    expect(formatMinutes(119.6)).toBe('2 h');
    expect(formatMinutes(7.25)).toBe('7 min');
  });
});
