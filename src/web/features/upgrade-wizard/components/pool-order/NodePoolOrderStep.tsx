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
import { useT } from '../../../../i18n/parts/wizard';

export function NodePoolOrderStep({ projectId }: StepProps) {
  const t = useT();
  const clusterId = useWatch<Plan, 'clusterId'>({ name: 'clusterId' });
  const inventory = useInventory(projectId, clusterId);
  const { field } = useController<Plan, 'nodePoolOrder'>({ name: 'nodePoolOrder' });
  const { ordered, byDefault } = useMemo(() => splitPools(inventory.pools, field.value), [inventory.pools, field.value]);
  const [status, setStatus] = useState('');
  const { container, focusAfterChange } = useFocusAfterChange<HTMLDivElement>();
  const orderedHeading = useId();
  const defaultHeading = useId();

  if (inventory.isPending) return <LoadingState label={t('wizard.poolOrder.loading')} />;
  if (inventory.error) return <ErrorState error={inventory.error} onRetry={inventory.refetch} />;
  if (inventory.pools.length === 0) return <Alert severity="info">{t('wizard.poolOrder.noPools')}</Alert>;

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
    write(arrayMove(ids, from, from + delta), t('wizard.poolOrder.moved', { pool: nameOf(poolId), position: from + delta + 1, total: ids.length }));
  };
  const order = (poolId: string) => {
    focusAfterChange(`${poolId}:handle`);
    write([...ids, poolId], t('wizard.poolOrder.ordered', { pool: nameOf(poolId), position: ids.length + 1, total: ids.length + 1 }));
  };
  const unorder = (poolId: string) => {
    focusAfterChange(`${poolId}:order`);
    write(ids.filter((id) => id !== poolId), t('wizard.poolOrder.unordered', { pool: nameOf(poolId) }));
  };

  return (
    <Stack spacing={3} ref={container}>
      <Typography>{t('wizard.poolOrder.intro')}</Typography>
      <Stack component="section" aria-labelledby={orderedHeading} spacing={1}>
        <Typography variant="h3" id={orderedHeading}>{t('wizard.poolOrder.orderedHeading')}</Typography>
        {ordered.length === 0 ? (
          <Typography color="text.secondary">{t('wizard.poolOrder.noneOrdered')}</Typography>
        ) : (
          <SortablePoolList pools={ordered} labelledBy={orderedHeading} onReorder={reorder} onMove={move} onUnorder={unorder} />
        )}
      </Stack>
      <Stack component="section" aria-labelledby={defaultHeading} spacing={1}>
        <Typography variant="h3" id={defaultHeading}>{t('wizard.poolOrder.defaultHeading')}</Typography>
        <Typography color="text.secondary">{t('wizard.poolOrder.defaultHelp')}</Typography>
        {byDefault.length === 0 ? (
          <Typography color="text.secondary">{t('wizard.poolOrder.allOrdered')}</Typography>
        ) : (
          <DefaultOrderList pools={byDefault} labelledBy={defaultHeading} onOrder={order} />
        )}
      </Stack>
      <LiveStatus label={t('wizard.poolOrder.updates')} message={status} />
      <TimelinePreview projectId={projectId} />
    </Stack>
  );
}
