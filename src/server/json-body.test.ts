import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BffHttpError } from './errors';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJsonText } from './json-body';

const depthOf = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

describe('nestsDeeperThan', () => {
  it('measures the nesting of any JSON text as parsing it would, brackets and escapes inside strings included', () => {
    const tricky = fc.jsonValue({ maxDepth: 8, stringUnit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a') });
    fc.assert(
      fc.property(tricky, fc.integer({ min: 0, max: 10 }), (value, limit) => {
        expect(nestsDeeperThan(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
      }),
    );
  });
});

describe('parseJsonText', () => {
  it('parses JSON nested up to the limit', () => {
    const text = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(depthOf(parseJsonText(text, 'request body'))).toBe(MAX_JSON_DEPTH);
  });

  it.each([
    ['nested one level too deep', '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1), 'BFF.JSON_TOO_DEEP'],
    ['100,000 unclosed arrays', '['.repeat(100_000), 'BFF.JSON_TOO_DEEP'],
    ['not JSON', '{"a":', 'BFF.INVALID_JSON'],
  ])('refuses a body %s with 400', (_, text, code) => {
    expect(() => parseJsonText(text, 'request body')).toThrow(expect.objectContaining({ status: 400, code }) as BffHttpError);
  });
});
