import fc from 'fast-check';
import { selectorOperators } from '../../shared/upgrade-request';
import { getAt, type Json, type JsonPath, kindOf, nestedArrays, otherKindThan, pathsOf, setAt } from '../testing/json-mutations';

export interface BodyCase {
  kind: string;
  body: string;
  /** Omitted: sent without a Content-Type header. */
  contentType?: string;
}

export interface BodyShape {
  valid: Json;
  /** Paths whose removal must be refused. */
  required: JsonPath[];
  /** Free-form subtrees (add-on values) where any JSON is valid, so type mutations skip them. */
  freeForm?: (path: JsonPath) => boolean;
}

const JSON_TYPE = 'application/json';
const NEST_MARKER = 'nest-here-7f3a9c';

const withValue = (kind: string, value: Json): BodyCase => ({ kind, body: JSON.stringify(value), contentType: JSON_TYPE });

/**
 * Bodies that must all be refused with a 4xx: each one a single, deliberate defect in an otherwise valid body,
 * or something that is not a JSON object at all.
 */
export function invalidBodies({ valid, required, freeForm = () => false }: BodyShape): fc.Arbitrary<BodyCase> {
  const paths = pathsOf(valid, freeForm);
  const ofKind = (kind: ReturnType<typeof kindOf>) => paths.filter((path) => kindOf(getAt(valid, path)) === kind);
  const objectPaths = [[] as JsonPath, ...ofKind('object')];
  const text = JSON.stringify(valid);

  return fc.oneof(
    fc.constantFrom(...paths).chain((path) => otherKindThan(getAt(valid, path)).map((v) => withValue(`wrong type at ${path.join('.')}`, setAt(valid, path, v)))),
    fc.constantFrom(...required).map((path) => withValue(`missing ${path.join('.')}`, setAt(valid, path, undefined))),
    fc.tuple(fc.constantFrom(...objectPaths), fc.string({ maxLength: 20 }), fc.jsonValue()).map(([path, name, v]) => {
      const target = structuredClone(getAt(valid, path)) as Record<string, Json>;
      target[`unknown_${name}`] = v as Json;
      return withValue(`unknown field in ${path.join('.') || '(root)'}`, path.length ? setAt(valid, path, target) : target);
    }),
    fc.tuple(fc.constantFrom(...ofKind('string')), fc.integer({ min: 400, max: 300_000 })).map(([path, n]) =>
      withValue(`huge string at ${path.join('.')}`, setAt(valid, path, 'x'.repeat(n))),
    ),
    fc.tuple(fc.constantFrom(...ofKind('array')), fc.integer({ min: 2001, max: 30_000 })).map(([path, n]) =>
      withValue(`huge array at ${path.join('.')}`, setAt(valid, path, Array<Json>(n).fill((getAt(valid, path) as Json[])[0] ?? null))),
    ),
    fc.tuple(fc.constantFrom([] as JsonPath, ...pathsOf(valid, () => false)), fc.integer({ min: 65, max: 100_000 })).map(([path, depth]) => ({
      kind: `${depth} nested arrays at ${path.join('.') || '(root)'}`,
      body: path.length ? JSON.stringify(setAt(valid, path, NEST_MARKER)).replace(`"${NEST_MARKER}"`, nestedArrays(depth)) : nestedArrays(depth),
      contentType: JSON_TYPE,
    })),
    fc.oneof(
      fc.string({ maxLength: 200 }).filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }),
      fc.integer({ min: 0, max: text.length - 1 }).map((end) => text.slice(0, end)),
      fc.constantFrom(`${text},`, `${text}}`, text.replace(/"/g, "'"), `\uFEFF${text}`),
    ).map((body) => ({ kind: 'not JSON', body, contentType: JSON_TYPE })),
    (fc.jsonValue() as fc.Arbitrary<Json>)
      .filter((v) => v === null || typeof v !== 'object' || Array.isArray(v))
      .map((v) => withValue('JSON that is not an object', v)),
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch+json', 'text/json', undefined)
      .map((contentType) => ({ kind: `content type ${contentType ?? '(none)'}`, body: text, ...(contentType ? { contentType } : {}) })),
  );
}

/** Defects only an UpgradeCluster body can have: steps out of range, selector operators CCE does not know. */
export function invalidUpgradeSpecifics(valid: Json, stepPath: JsonPath, operatorPath: JsonPath): fc.Arbitrary<BodyCase> {
  return fc.oneof(
    fc
      .oneof(fc.integer({ max: 0 }), fc.integer({ min: 41 }), fc.double({ noNaN: true }).filter((n) => !Number.isInteger(n)), fc.constant(1e308))
      .map((step) => withValue(`step ${step}`, setAt(valid, stepPath, step))),
    fc
      .string({ maxLength: 30 })
      .filter((op) => !(selectorOperators as readonly string[]).includes(op))
      .map((operator) => withValue(`operator ${JSON.stringify(operator)}`, setAt(valid, operatorPath, operator))),
  );
}
