import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { groupBy } from '../../../../../shared/inventory';
import type { Plan } from '../../../../../shared/plan';
import { orderPools } from '../../../../../shared/waves';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { useInventory } from '../../../../lib/use-inventory';
import { describeLabelReason } from '../../../../lib/describe-label-reason';
import type { StepProps } from '../../wizard-step';
import { LintNote } from './LintNote';
import { PoolAccordion } from './PoolAccordion';
import { usePoolLints } from './use-pool-lints';
import { TimelinePreview } from '../schedule/TimelinePreview';
import { useT } from '../../../../i18n/parts/wizard';

export function NodeBatchesStep({ projectId }: StepProps) {
  const t = useT();
  const [clusterId, nodePoolOrder] = useWatch<Plan, ['clusterId', 'nodePoolOrder']>({ name: ['clusterId', 'nodePoolOrder'] });
  const inventory = useInventory(projectId, clusterId);
  const lints = usePoolLints(inventory.pools, inventory.nodes);
  const pools = useMemo(() => orderPools(inventory.pools, nodePoolOrder), [inventory.pools, nodePoolOrder]);
  const nodesOf = useMemo(() => groupBy(inventory.nodes, (node) => node.poolId), [inventory.nodes]);

  if (inventory.isPending) return <LoadingState label={t('wizard.batches.loading')} />;
  if (inventory.error) return <ErrorState error={inventory.error} onRetry={inventory.refetch} />;

  return (
    <Stack spacing={2}>
      <Typography>{t('wizard.batches.intro')}</Typography>
      {inventory.labelSource === 'derived' && (
        <Alert severity="info">
          <AlertTitle>{t('wizard.batches.derived.title')}</AlertTitle>
          {t('wizard.batches.derived.body', { reason: inventory.labelReason ? describeLabelReason(inventory.labelReason) : '' })}
        </Alert>
      )}
      {lints.unknownPools.map((lint) => (
        <LintNote key={lint}>{lint}</LintNote>
      ))}
      {pools.length === 0 ? (
        <Alert severity="info">{t('wizard.batches.noPools')}</Alert>
      ) : (
        <div>
          {pools.map((pool) => (
            <PoolAccordion key={pool.id} pool={pool} nodes={nodesOf.get(pool.id) ?? []} lints={lints.forPool(pool.id)} />
          ))}
        </div>
      )}
      <TimelinePreview projectId={projectId} />
    </Stack>
  );
}
