import type { AddonPatch } from './upgrade-request';

// Long leaves (a whole config file in one string) would swamp the line; the reviewer opens the JSON for those.
const LEAF_CHARS = 60;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function leaf(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > LEAF_CHARS ? `${text.slice(0, LEAF_CHARS - 1)}…` : text;
}

/** Every leaf of a values object by its path ("spec.replicas", "tolerations[0].key"); empty objects and arrays are leaves. */
function flatten(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  const children: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [`${path}[${index}]`, item])
    : isRecord(value)
      ? Object.entries(value).map(([key, item]) => [path ? `${path}.${key}` : key, item])
      : [];
  if (children.length === 0 && path) out.set(path, leaf(value));
  for (const [childPath, child] of children) flatten(child, childPath, out);
  return out;
}

/** A flat, path-level diff of two add-on values objects: "spec.replicas 2 → 3", "x added (1)", "y removed". */
export function describeValuesChange(before: Record<string, unknown> = {}, after: Record<string, unknown> = {}): string[] {
  const was = flatten(before, '', new Map());
  const now = flatten(after, '', new Map());
  const paths = [...new Set([...was.keys(), ...now.keys()])].sort();
  return paths.flatMap((path) => {
    const [a, b] = [was.get(path), now.get(path)];
    if (a === b) return [];
    if (a === undefined) return [`${path} added (${b})`];
    if (b === undefined) return [`${path} removed`];
    return [`${path} ${a} → ${b}`];
  });
}

/** Add-on patches added, dropped, re-versioned or given other values, by add-on name (their list order means nothing). */
export function describeAddonChanges(before: readonly AddonPatch[], after: readonly AddonPatch[]): string[] {
  const was = new Map(before.map((patch) => [patch.addonTemplateName, patch]));
  const now = new Map(after.map((patch) => [patch.addonTemplateName, patch]));
  const names = [...new Set([...was.keys(), ...now.keys()])].sort();
  return names.flatMap((name) => {
    const [a, b] = [was.get(name), now.get(name)];
    if (!b) return [`Add-on ${name} no longer patched`];
    const lines = a ? (a.version === b.version ? [] : [`Add-on ${name} version ${a.version} → ${b.version}`]) : [`Add-on ${name} patched to ${b.version}`];
    const values = describeValuesChange(a?.values, b.values);
    return values.length === 0 ? lines : [...lines, `Add-on ${name} values: ${values.join(', ')}`];
  });
}
