import { Box } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import type { PoolSnapshot } from '../task-snapshot';

/** Per pool, the same node states the waves show: a pool with a failed node never reads as all upgraded. */
export function PoolProgressList({ progress, pools }: { progress: readonly PoolSnapshot[]; pools: readonly PlanningPool[] }) {
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <Box component="ul" aria-label="Progress per node pool" sx={{ my: 0, columnWidth: '20rem', columnGap: 4 }}>
      {progress.map(({ poolId, upgraded = 0, upgrading, abnormal, total }) => (
        <li key={poolId}>
          {names.get(poolId) ?? poolId}: {upgraded} of {total} upgraded{upgrading > 0 ? `, ${upgrading} upgrading` : ''}
          {abnormal > 0 ? `, ${abnormal} failed (Abnormal)` : ''}
        </li>
      ))}
    </Box>
  );
}
