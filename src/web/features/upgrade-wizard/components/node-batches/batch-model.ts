import type { PlanningNode } from '../../../../../shared/inventory';
import type { NodePriority, NodeSelector, SelectorOperator } from '../../../../../shared/upgrade-request';
import { priorityAt } from '../../priorities';

/** CCE's operator tokens with what they mean (message ids), so nobody has to know Kubernetes selector syntax. */
export const operatorLabels = {
  in: 'wizard.operator.in',
  notin: 'wizard.operator.notin',
  exists: 'wizard.operator.exists',
  '!': 'wizard.operator.absent',
  gt: 'wizard.operator.gt',
  lt: 'wizard.operator.lt',
} as const satisfies Record<SelectorOperator, string>;

export const takesValues = (operator: SelectorOperator) => operator === 'in' || operator === 'notin';
export const takesNumber = (operator: SelectorOperator) => operator === 'gt' || operator === 'lt';

/** The selector under another operator, keeping the values that still make sense and dropping the rest. */
export function withOperator({ key, value = [] }: NodeSelector, operator: SelectorOperator): NodeSelector {
  if (takesValues(operator)) return { key, operator, value };
  if (takesNumber(operator)) return { key, operator, value: value.slice(0, 1) };
  return { key, operator };
}

export const newBatch = (): NodePriority => ({ nodeSelector: { key: '', operator: 'in', value: [] }, priority: 1 });

/** Priority follows position: the top batch gets the highest, all distinct and positive. */
export const renumber = (batches: readonly NodePriority[]): NodePriority[] =>
  batches.map((batch, index) => ({ ...batch, priority: priorityAt(index, batches.length) }));

/** Every label key on these nodes with the values it takes, both sorted: the suggestions for a pool's batches. */
export function labelValues(nodes: readonly PlanningNode[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node.labels)) {
      const values = sets.get(key) ?? new Set<string>();
      values.add(value);
      sets.set(key, values);
    }
  }
  return new Map([...sets.keys()].sort().map((key) => [key, [...sets.get(key)!].sort()]));
}
