import { Alert, Box, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { computeWaves, type WaveAction } from '../../../../shared/waves';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NodeNameList } from '../../../components/NodeNameList';
import { useInventory } from '../../../lib/use-inventory';
import { waveProgress } from '../wave-progress';
import { PoolProgressList } from './PoolProgressList';
import { WaveStatusList } from './WaveStatusList';

interface PlannedNodeProgressProps {
  projectId: string;
  clusterId: string;
  action: WaveAction;
  finished: boolean;
}

const names = (nodes: readonly { name: string }[]) => nodes.map((node) => node.name).join(', ');

/** Node phases come from the node list the task view re-reads with every task poll (useRefreshWithTask). */
export function PlannedNodeProgress({ projectId, clusterId, action, finished }: PlannedNodeProgressProps) {
  const inventory = useInventory(projectId, clusterId);

  const waves = useMemo(() => computeWaves(inventory.pools, inventory.nodes, action), [inventory.pools, inventory.nodes, action]);
  // Between waves no node is Upgrading; the furthest wave seen keeps earlier waves shown as done.
  const [reached, setReached] = useState(0);
  const progress = useMemo(() => waveProgress(waves, inventory.nodes, finished, reached), [waves, inventory.nodes, finished, reached]);
  if (progress.current !== undefined && progress.current > reached) setReached(progress.current);

  if (inventory.error) return <ErrorState error={inventory.error} onRetry={inventory.refetch} />;
  if (inventory.isPending) return <LoadingState label="Loading the cluster’s nodes" />;
  const current = waves.find((wave) => wave.number === progress.current);
  const poolName = (id: string) => inventory.pools.find((pool) => pool.id === id)?.name ?? id;
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        Waves are predicted from the plan submitted for this task and CCE’s documented rules; node phases come from CCE.
      </Typography>
      <Typography aria-live="polite" sx={{ fontWeight: 'bold' }}>
        {current
          ? `Current wave: ${current.number} of ${waves.length} (${poolName(current.poolId)})`
          : finished
            ? `All ${waves.length} waves are done.`
            : 'No node is upgrading right now.'}
      </Typography>
      {progress.upgrading.length > 0 && (
        <Box>
          <Typography>Upgrading now:</Typography>
          <NodeNameList label="Nodes upgrading now" nodes={progress.upgrading} />
        </Box>
      )}
      {progress.unexpected.length > 0 && (
        <Alert severity="info" role="note">
          CCE is upgrading nodes the preview placed in other waves: {names(progress.unexpected)}. CCE decided differently from
          the documented rules the prediction follows.
        </Alert>
      )}
      <Typography variant="h3">Node pools</Typography>
      <PoolProgressList progress={progress.pools} pools={inventory.pools} />
      <Typography variant="h3">Waves</Typography>
      <WaveStatusList waves={waves} statuses={progress.statuses} pools={inventory.pools} current={progress.current} />
    </>
  );
}
