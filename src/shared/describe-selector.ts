import type { NodeSelector } from './upgrade-request';

/** A batch's selector as people read it: "upgrade-wave in canary, beta", "gpu exists", "no label spot". */
export function describeSelector({ key, operator, value = [] }: NodeSelector): string {
  switch (operator) {
    case 'exists':
      return `${key} exists`;
    case '!':
      return `no label ${key}`;
    case 'gt':
      return `${key} greater than ${value[0] ?? ''}`;
    case 'lt':
      return `${key} less than ${value[0] ?? ''}`;
    case 'in':
    case 'notin':
      return `${key} ${operator === 'in' ? 'in' : 'not in'} ${value.join(', ')}`;
  }
}
