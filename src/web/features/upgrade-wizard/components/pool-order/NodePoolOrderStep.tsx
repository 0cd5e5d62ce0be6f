import { arrayMove } from '@dnd-kit/sortable';
import { Alert, Stack, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import type { Plan } from '../../../../../shared/plan';
import { ErrorState } from '../../../../components/ErrorState';
import { LiveStatus } from '../../../../components/LiveStatus';
import { LoadingState } from '../../../../components/LoadingState';
import { useFocusAfterChange } from '../../../../lib/use-focus-after-change';
import { useInventory } from '../../../../lib/use-inventory';
import { poolPriorities, splitPools } from '../../priorities';
import type { StepProps } from '../../wizard-step';
import { DefaultOrderList } from './DefaultOrderList';
import { SortablePoolList } from './SortablePoolList';
import { TimelinePreview } from '../schedule/TimelinePreview';

export function NodePoolOrderStep({ projectId }: StepProps) {
  const clusterId = useWatch<Plan, 'clusterId'>({ name: 'clusterId' });
  const inventory = useInventory(projectId, clusterId);
  const { field } = useController<Plan, 'nodePoolOrder'>({ name: 'nodePoolOrder' });
  const { ordered, byDefault } = useMemo(() => splitPools(inventory.pools, field.value), [inventory.pools, field.value]);
  const [status, setStatus] = useState('');
  const { container, focusAfterChange } = useFocusAfterChange<HTMLDivElement>();
  const orderedHeading = useId();
  const defaultHeading = useId();

  if (inventory.isPending) return <LoadingState label="Loading node pools" />;
  if (inventory.error) return <ErrorState error={inventory.error} onRetry={inventory.refetch} />;
  if (inventory.pools.length === 0) return <Alert severity="info">This cluster has no node pools, so there is nothing to order.</Alert>;

  const nameOf = (poolId: string) => inventory.pools.find((pool) => pool.id === poolId)?.name ?? poolId;
  const ids = ordered.map((pool) => pool.id);
  const write = (next: string[], message: string) => {
    field.onChange(poolPriorities(next));
    setStatus(message);
  };
  const reorder = (next: string[]) => write(next, '');
  const move = (poolId: string, delta: -1 | 1) => {
    const from = ids.indexOf(poolId);
    focusAfterChange(`${poolId}:${delta < 0 ? 'up' : 'down'}`, `${poolId}:handle`);
    write(arrayMove(ids, from, from + delta), `${nameOf(poolId)} moved to position ${from + delta + 1} of ${ids.length}.`);
  };
  const order = (poolId: string) => {
    focusAfterChange(`${poolId}:handle`);
    write([...ids, poolId], `${nameOf(poolId)} upgrades first, at position ${ids.length + 1} of ${ids.length + 1}.`);
  };
  const unorder = (poolId: string) => {
    focusAfterChange(`${poolId}:order`);
    write(ids.filter((id) => id !== poolId), `${nameOf(poolId)} is back in CCE’s default order.`);
  };

  return (
    <Stack spacing={3} ref={container}>
      <Typography>
        Node pools upgrade one after another. Put the pools that must go first at the top, in order; leave the rest to CCE.
      </Typography>
      <Stack component="section" aria-labelledby={orderedHeading} spacing={1}>
        <Typography variant="h3" id={orderedHeading}>Upgrade first, in this order</Typography>
        {ordered.length === 0 ? (
          <Typography color="text.secondary">No pool is ordered yet: all pools follow CCE’s default order. Use Order on a pool below to put it first.</Typography>
        ) : (
          <SortablePoolList pools={ordered} labelledBy={orderedHeading} onReorder={reorder} onMove={move} onUnorder={unorder} />
        )}
      </Stack>
      <Stack component="section" aria-labelledby={defaultHeading} spacing={1}>
        <Typography variant="h3" id={defaultHeading}>CCE default order</Typography>
        <Typography color="text.secondary">
          These pools upgrade after the ordered ones, in CCE’s default order: smaller pools (fewer nodes) first. Pools of the same size are shown by name. The arrow keys move between their Order buttons.
        </Typography>
        {byDefault.length === 0 ? (
          <Typography color="text.secondary">Every pool is ordered.</Typography>
        ) : (
          <DefaultOrderList pools={byDefault} labelledBy={defaultHeading} onOrder={order} />
        )}
      </Stack>
      <LiveStatus label="Pool order updates" message={status} />
      <TimelinePreview projectId={projectId} />
    </Stack>
  );
}
