import type { NodeSelector } from './upgrade-request';

export type Labels = Readonly<Record<string, string>>;

const asInteger = (value: string | undefined) => (value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined);

/** Kubernetes node-selector semantics for CCE's lower-case operators (reference §7.3). */
export function matchesSelector(labels: Labels, selector: NodeSelector): boolean {
  const present = Object.hasOwn(labels, selector.key);
  const value = present ? labels[selector.key] : undefined;
  const values = selector.value ?? [];
  switch (selector.operator) {
    case 'in':
      return present && values.includes(value ?? '');
    case 'notin':
      // As in Kubernetes, a node without the label is "not in" the set.
      return !present || !values.includes(value ?? '');
    case 'exists':
      return present;
    case '!':
      return !present;
    case 'gt':
    case 'lt': {
      const actual = asInteger(value);
      const bound = asInteger(values[0]);
      if (actual === undefined || bound === undefined) return false;
      return selector.operator === 'gt' ? actual > bound : actual < bound;
    }
  }
}
