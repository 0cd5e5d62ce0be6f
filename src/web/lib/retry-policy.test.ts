import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { retryDelay, retryTransient } from './retry-policy';

const error = (status: number, retryAfterSeconds?: number) => new ApiError({ status, code: 'X', message: 'no', retryAfterSeconds });

describe('read retries', () => {
  it('retries throttling, server errors and network failures twice, never a 4xx answer', () => {
    expect([0, 1, 2].map((count) => retryTransient(count, error(429)))).toEqual([true, true, false]);
    expect(retryTransient(0, error(503))).toBe(true);
    expect(retryTransient(0, new TypeError('fetch failed'))).toBe(true);
    expect(retryTransient(0, error(404))).toBe(false);
  });

  it('waits as long as a 429 asked, 10 s when it did not say, and backs off exponentially otherwise', () => {
    expect(retryDelay(0, error(429, 7))).toBe(7000);
    expect(retryDelay(1, error(429))).toBe(10_000);
    expect([0, 1, 2].map((count) => retryDelay(count, error(502)))).toEqual([1000, 2000, 4000]);
  });
});
