import { Box } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import type { PoolProgress } from '../wave-progress';

export function PoolProgressList({ progress, pools }: { progress: readonly PoolProgress[]; pools: readonly PlanningPool[] }) {
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <Box component="ul" aria-label="Progress per node pool" sx={{ my: 0, columnWidth: '20rem', columnGap: 4 }}>
      {progress.map(({ poolId, upgraded, upgrading, total }) => (
        <li key={poolId}>
          {names.get(poolId) ?? poolId}: {upgraded} of {total} upgraded{upgrading > 0 ? `, ${upgrading} upgrading` : ''}
        </li>
      ))}
    </Box>
  );
}
