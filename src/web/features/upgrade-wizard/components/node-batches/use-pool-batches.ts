import { useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { Plan } from '../../../../../shared/plan';
import type { NodePriority, NodeSelector } from '../../../../../shared/upgrade-request';
import { newBatch, renumber } from './batch-model';

let keySeed = 0;
const newKey = () => `batch-${++keySeed}`;

/**
 * One pool's batches in the form, edited as a whole: every change renumbers the priorities from the
 * positions, and a pool without batches leaves nodeOrder (the body may not carry an empty list).
 * Stable keys keep each batch's inputs, and so the user's focus, through moves and removals.
 */
export function usePoolBatches(poolId: string) {
  const { getValues, setValue, control } = useFormContext<Plan>();
  const nodeOrder = useWatch<Plan, 'nodeOrder'>({ name: 'nodeOrder' });
  const { errors } = useFormState<Plan>({ control, name: 'nodeOrder' });
  const batches = nodeOrder[poolId] ?? [];
  const [ownKeys, setKeys] = useState(() => batches.map(newKey));
  // Only this hook changes the list's length; if anything else did (a reset), positions are the best keys left.
  const keys = ownKeys.length === batches.length ? ownKeys : batches.map((_, index) => `position-${index}`);

  const write = (next: NodePriority[], nextKeys: string[]) => {
    setKeys(nextKeys);
    const { [poolId]: _replaced, ...others } = getValues('nodeOrder');
    // Before the first Next there are no errors to clear; after it, fixing a field should clear its message at once.
    setValue('nodeOrder', next.length > 0 ? { ...others, [poolId]: renumber(next) } : others, {
      shouldDirty: true,
      shouldValidate: errors.nodeOrder !== undefined,
    });
  };

  const without = <T>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);
  const swapped = <T>(list: readonly T[], index: number, other: number) =>
    list.map((item, i) => (i === index ? list[other]! : i === other ? list[index]! : item));

  return {
    batches,
    keys,
    /** Appends an empty batch and returns its key. */
    add: () => {
      const key = newKey();
      write([...batches, newBatch()], [...keys, key]);
      return key;
    },
    remove: (index: number) => write(without(batches, index), without(keys, index)),
    move: (index: number, delta: -1 | 1) => write(swapped(batches, index, index + delta), swapped(keys, index, index + delta)),
    update: (index: number, nodeSelector: NodeSelector) =>
      write(batches.map((batch, i) => (i === index ? { ...batch, nodeSelector } : batch)), keys),
  };
}
