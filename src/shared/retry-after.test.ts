import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after';

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
    // Signed numbers are neither delay-seconds nor an HTTP date (Date.parse alone would read them as years).
    ['-5', undefined],
    ['+5', undefined],
    ['soon', undefined],
    [null, undefined],
  ])('reads Retry-After %j as %j seconds', (header, seconds) => {
    expect(parseRetryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(seconds);
  });
});
