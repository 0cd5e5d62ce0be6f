import { Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import { NodeNameList } from '../../../components/NodeNameList';
import { useT } from '../../../i18n/parts/task';
import type { TaskSnapshot } from '../task-snapshot';

/** Without the submitted plan there are no predicted waves, but CCE still says which nodes are upgrading or Abnormal, per pool. */
export function NodeStatusSummary({ snapshot, pools }: { snapshot: TaskSnapshot; pools: readonly PlanningPool[] }) {
  const t = useT();
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <>
      {snapshot.upgrading.length > 0 ? (
        <Box>
          <Typography>{t('task.nodes.upgradingNow')}</Typography>
          <NodeNameList label={t('task.nodes.upgradingList')} nodes={snapshot.upgrading} />
        </Box>
      ) : (
        <Typography>{t('task.nodes.noneUpgrading')}</Typography>
      )}
      <Typography variant="h3">{t('task.nodes.pools')}</Typography>
      <Box component="ul" aria-label={t('task.nodes.perPool')} sx={{ my: 0, columnWidth: '20rem', columnGap: 4 }}>
        {snapshot.pools.map((pool) => (
          <li key={pool.poolId}>
            {t('task.nodes.poolRow', { pool: names.get(pool.poolId) ?? pool.poolId, total: pool.total, upgrading: pool.upgrading, abnormal: pool.abnormal })}
          </li>
        ))}
      </Box>
    </>
  );
}
