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

describe('parseJsonText and duplicate keys', () => {
  const refusal = (text: string) => {
    try {
      parseJsonText(text, 'upgrade request');
    } catch (error) {
      if (error instanceof BffHttpError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  };

  it.each([
    ['at the top level', '{"a":1,"a":2}', 'a', 'at the top level', 'a'],
    ['in a nested object', '{"spec":{"x":{"isOnlyUpgrade":true,"isOnlyUpgrade":false}}}', 'isOnlyUpgrade', 'at spec.x', 'spec.x.isOnlyUpgrade'],
    ['inside an array', '{"addons":[{"v":1},{"values":{"r":1,"r":1}}]}', 'r', 'at addons.1.values', 'addons.1.values.r'],
    ['spelled with an escape', '{"a":1,"\\u0061":2}', 'a', 'at the top level', 'a'],
    ['named "__proto__"', '{"__proto__":{},"__proto__":[]}', '__proto__', 'at the top level', '__proto__'],
    ['with the same value', '{"k":{"s":"x","s":"x"}}', 's', 'at k', 'k.s'],
  ])('refuses a key named twice %s with 400, naming the key and where it is', (_, text, key, where, path) => {
    const error = refusal(text);
    expect(error).toMatchObject({ status: 400, code: 'BFF.DUPLICATE_KEY', extra: { issues: [{ path, message: 'named more than once' }] } });
    expect(error.message).toContain(`The upgrade request names "${key}" twice (${where}, line 1, column`);
  });

  it('gives the line and column of the second name', () => {
    expect(refusal('{\n  "a": 1,\n  "b": {\n    "a": 1,\n    "a": 2\n  }\n}').message).toMatch(/"a" twice \(at b, line 5, column 5\)/);
  });

  it('reads any JSON without duplicates exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6, stringUnit: fc.constantFrom(':', '"', '\\', '{', 'a', '\u00e9') }), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJsonText(text, 'body')).toEqual(JSON.parse(text));
      }),
    );
  });

  it('allows the same key in different objects and keeps "__proto__" as data', () => {
    const parsed = parseJsonText('{"a":{"k":1},"b":{"k":2},"__proto__":{"polluted":true}}', 'body') as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['a', 'b', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a duplicate anywhere in any JSON object', () => {
    const objects = fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1 });
    fc.assert(
      fc.property(objects, fc.jsonValue({ maxDepth: 2 }), fc.nat(), (object, value, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length]!;
        // Spliced in as text: an object cannot hold the same key twice.
        const withTwin = `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(value)}}`;
        const text = JSON.stringify({ wrapper: [1, { inner: '"x":1' }] }).replace('1,', () => `1,${withTwin},`);
        const error = refusal(text);
        expect(error.code).toBe('BFF.DUPLICATE_KEY');
        expect(error.extra.issues).toEqual([{ path: `wrapper.1.${key}`, message: 'named more than once' }]);
      }),
    );
  });

  it('handles a body of the largest size accepted, with a duplicate at its very end', () => {
    // 200 kB of small objects: a walk that copied paths or rescanned siblings would be quadratic here.
    const members = Array.from({ length: 12_000 }, (_, n) => `"k${n}":{"v":${n}}`).join(',');
    expect(members.length).toBeGreaterThan(150_000);
    expect(Object.keys(parseJsonText(`{${members}}`, 'body') as object)).toHaveLength(12_000);
    expect(refusal(`{${members},"k0":1}`).message).toContain('"k0" twice (at the top level');
  });
});
