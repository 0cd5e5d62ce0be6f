import fc from 'fast-check';

/** A JSON document as a tree, for generating invalid variants of a valid request body. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = Array<string | number>;

/** JSON's own kinds: null and array apart from object. */
export const kindOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Every path below the root, skipping subtrees `skip` says are free-form (any value is valid there). */
export function pathsOf(value: Json, skip: (path: JsonPath) => boolean, at: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, Json]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => {
    const path = [...at, key];
    return skip(path) ? [] : [path, ...pathsOf(child, skip, path)];
  });
}

export function getAt(value: Json, path: JsonPath): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, value);
}

/** A deep copy with the node at `path` replaced (or removed, when `replacement` is undefined). */
export function setAt(value: Json, path: JsonPath, replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (replacement !== undefined) parent[key] = replacement;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else Reflect.deleteProperty(parent, key);
  return copy;
}

/** Any JSON value of another kind than `original` (a number for a string, an object for an array, null for anything). */
export const otherKindThan = (original: Json) => (fc.jsonValue() as fc.Arbitrary<Json>).filter((v) => kindOf(v) !== kindOf(original));

/** `depth` arrays nested in one another, as text: what a naive recursive parser or schema walk dies on. */
export const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
