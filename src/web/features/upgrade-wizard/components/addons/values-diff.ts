import diff from 'microdiff';
import { translate } from '../../../../i18n/parts/addons';

export type AddonValues = Record<string, unknown>;

export interface ValueChange {
  kind: 'added' | 'changed' | 'removed';
  /** `flavor.replicas`, `custom.upstream_nameservers[0]`, `custom["odd key"]`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      if (!identifier.test(part)) return `[${JSON.stringify(part)}]`;
      return index === 0 ? part : `.${part}`;
    })
    .join('');
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Every added, changed and removed path between today's values and the planned ones, in document order. */
export function valuesDiff(current: AddonValues, planned: AddonValues): ValueChange[] {
  return diff(current, planned).map((change) => {
    const path = formatPath(change.path);
    if (change.type === 'CREATE') return { kind: 'added', path, after: change.value };
    if (change.type === 'REMOVE') return { kind: 'removed', path, before: change.oldValue };
    return { kind: 'changed', path, before: change.oldValue, after: change.value };
  });
}

/**
 * Object keys the add-on has today that the planned values drop, directly or by replacing their parent object with a
 * plain value. Array elements are not keys: shortening a list is an ordinary edit.
 */
export function removedKeys(current: AddonValues, planned: AddonValues): string[] {
  return diff(current, planned)
    .filter((change) =>
      change.type === 'REMOVE'
        ? typeof change.path[change.path.length - 1] === 'string'
        : change.type === 'CHANGE' && isObject(change.oldValue) && !Array.isArray(change.oldValue) && !isObject(change.value) && Object.keys(change.oldValue).length > 0,
    )
    .map((change) => formatPath(change.path));
}

/** Why editor text is not add-on values: not JSON (with the parser's own message), or JSON but not an object. */
export type ValuesProblem = { kind: 'not-json'; message: string } | { kind: 'not-object' };

export type ParsedValues = { ok: true; values: AddonValues } | { ok: false; problem: ValuesProblem };

/** Text from the editor as add-on values: a JSON object, or the reason it is not one. */
export function parseValues(text: string): ParsedValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', message: error instanceof Error ? error.message : String(error) } };
  }
  if (!isObject(parsed) || Array.isArray(parsed)) return { ok: false, problem: { kind: 'not-object' } };
  return { ok: true, values: parsed as AddonValues };
}

/** The problem in the planner's language; the parser's message stays as the browser wrote it. */
export const describeValuesProblem = (problem: ValuesProblem): string =>
  problem.kind === 'not-json' ? translate('addons.values.notJson', { message: problem.message }) : translate('addons.values.notObject');

export const formatValues = (values: AddonValues) => JSON.stringify(values, null, 2);
