import type { AddonPatch } from './upgrade-request';

/** One leaf of an add-on's values that changed, by its path; values are JSON text, long ones cut short. */
export type ValueChange = { kind: 'added'; path: string; value: string } | { kind: 'removed'; path: string } | { kind: 'changed'; path: string; before: string; after: string };

/** An add-on patch added, dropped, re-versioned or given other values. */
export type AddonChange =
  | { kind: 'addonUnpatched'; name: string }
  | { kind: 'addonPatched'; name: string; version: string }
  | { kind: 'addonVersion'; name: string; before: string; after: string }
  | { kind: 'addonValues'; name: string; changes: ValueChange[] };

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

/** A flat, path-level diff of two add-on values objects, in path order. */
export function valuesChanges(before: Record<string, unknown> = {}, after: Record<string, unknown> = {}): ValueChange[] {
  const was = flatten(before, '', new Map());
  const now = flatten(after, '', new Map());
  const paths = [...new Set([...was.keys(), ...now.keys()])].sort();
  return paths.flatMap((path): ValueChange[] => {
    const [a, b] = [was.get(path), now.get(path)];
    if (a === b) return [];
    if (a === undefined) return [{ kind: 'added', path, value: b! }];
    if (b === undefined) return [{ kind: 'removed', path }];
    return [{ kind: 'changed', path, before: a, after: b }];
  });
}

/** Add-on patches added, dropped, re-versioned or given other values, by add-on name (their list order means nothing). */
export function addonChanges(before: readonly AddonPatch[], after: readonly AddonPatch[]): AddonChange[] {
  const was = new Map(before.map((patch) => [patch.addonTemplateName, patch]));
  const now = new Map(after.map((patch) => [patch.addonTemplateName, patch]));
  const names = [...new Set([...was.keys(), ...now.keys()])].sort();
  return names.flatMap((name): AddonChange[] => {
    const [a, b] = [was.get(name), now.get(name)];
    if (!b) return [{ kind: 'addonUnpatched', name }];
    const changes: AddonChange[] = a
      ? a.version === b.version
        ? []
        : [{ kind: 'addonVersion', name, before: a.version, after: b.version }]
      : [{ kind: 'addonPatched', name, version: b.version }];
    const values = valuesChanges(a?.values, b.values);
    return values.length === 0 ? changes : [...changes, { kind: 'addonValues', name, changes: values }];
  });
}

/** "spec.replicas 2 → 3", "x added (1)", "y removed". */
export function valueChangeInEnglish(change: ValueChange): string {
  switch (change.kind) {
    case 'added':
      return `${change.path} added (${change.value})`;
    case 'removed':
      return `${change.path} removed`;
    case 'changed':
      return `${change.path} ${change.before} → ${change.after}`;
  }
}

/** A flat, path-level diff of two add-on values objects in English: "spec.replicas 2 → 3", "x added (1)", "y removed". */
export function describeValuesChange(before: Record<string, unknown> = {}, after: Record<string, unknown> = {}): string[] {
  return valuesChanges(before, after).map(valueChangeInEnglish);
}

/** One add-on change in the BFF's English. */
export function addonChangeInEnglish(change: AddonChange): string {
  switch (change.kind) {
    case 'addonUnpatched':
      return `Add-on ${change.name} no longer patched`;
    case 'addonPatched':
      return `Add-on ${change.name} patched to ${change.version}`;
    case 'addonVersion':
      return `Add-on ${change.name} version ${change.before} → ${change.after}`;
    case 'addonValues':
      return `Add-on ${change.name} values: ${change.changes.map(valueChangeInEnglish).join(', ')}`;
  }
}
