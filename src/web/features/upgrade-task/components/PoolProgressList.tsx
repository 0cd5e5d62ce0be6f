import { Box } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import { useT } from '../../../i18n/parts/task';
import type { PoolSnapshot } from '../task-snapshot';

/** Per pool, the same node states the waves show: a pool with a failed node never reads as all upgraded. */
export function PoolProgressList({ progress, pools }: { progress: readonly PoolSnapshot[]; pools: readonly PlanningPool[] }) {
  const t = useT();
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <Box component="ul" aria-label={t('task.nodes.poolProgress')} sx={{ my: 0, columnWidth: '20rem', columnGap: 4 }}>
      {progress.map(({ poolId, upgraded = 0, upgrading, abnormal, total }) => (
        <li key={poolId}>{t('task.nodes.poolProgressRow', { pool: names.get(poolId) ?? poolId, upgraded, total, upgrading, abnormal })}</li>
      ))}
    </Box>
  );
}
