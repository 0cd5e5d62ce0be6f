import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { groupBy } from '../../../../../shared/inventory';
import type { Plan } from '../../../../../shared/plan';
import { orderPools } from '../../../../../shared/waves';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { useInventory } from '../../../../lib/use-inventory';
import type { StepProps } from '../../wizard-step';
import { LintNote } from './LintNote';
import { PoolAccordion } from './PoolAccordion';
import { usePoolLints } from './use-pool-lints';
import { TimelinePreview } from '../schedule/TimelinePreview';

export function NodeBatchesStep({ projectId }: StepProps) {
  const [clusterId, nodePoolOrder] = useWatch<Plan, ['clusterId', 'nodePoolOrder']>({ name: ['clusterId', 'nodePoolOrder'] });
  const inventory = useInventory(projectId, clusterId);
  const lints = usePoolLints(inventory.pools, inventory.nodes);
  const pools = useMemo(() => orderPools(inventory.pools, nodePoolOrder), [inventory.pools, nodePoolOrder]);
  const nodesOf = useMemo(() => groupBy(inventory.nodes, (node) => node.poolId), [inventory.nodes]);

  if (inventory.isPending) return <LoadingState label="Loading node pools, nodes and labels" />;
  if (inventory.error) return <ErrorState error={inventory.error} onRetry={inventory.refetch} />;

  return (
    <Stack spacing={2}>
      <Typography>
        Inside a pool, nodes caught by a higher batch upgrade first; nodes no batch catches go last. Open a pool to give it batches.
        Pools are listed in the order they upgrade.
      </Typography>
      {inventory.labelSource === 'derived' && (
        <Alert severity="info">
          <AlertTitle>Labels set by hand are not visible here</AlertTitle>
          The preview cannot see labels set by hand (for example with kubectl label): it knows only the labels CCE puts on every node, such as
          zone, flavor, architecture and node pool. {inventory.labelReason}
        </Alert>
      )}
      {lints.unknownPools.map((lint) => (
        <LintNote key={lint}>{lint}</LintNote>
      ))}
      {pools.length === 0 ? (
        <Alert severity="info">This cluster has no node pools, so there are no nodes to put in batches.</Alert>
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
