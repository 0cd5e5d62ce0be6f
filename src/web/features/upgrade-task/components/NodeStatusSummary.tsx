import { Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import { NodeNameList } from '../../../components/NodeNameList';
import type { TaskSnapshot } from '../task-snapshot';

const nodesWord = (n: number) => (n === 1 ? 'node' : 'nodes');

/** Without the submitted plan there are no predicted waves, but CCE still says which nodes are upgrading or Abnormal, per pool. */
export function NodeStatusSummary({ snapshot, pools }: { snapshot: TaskSnapshot; pools: readonly PlanningPool[] }) {
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <>
      {snapshot.upgrading.length > 0 ? (
        <Box>
          <Typography>Upgrading now:</Typography>
          <NodeNameList label="Nodes upgrading now" nodes={snapshot.upgrading} />
        </Box>
      ) : (
        <Typography>No node is upgrading right now.</Typography>
      )}
      <Typography variant="h3">Node pools</Typography>
      <Box component="ul" aria-label="Nodes per node pool" sx={{ my: 0, columnWidth: '20rem', columnGap: 4 }}>
        {snapshot.pools.map((pool) => (
          <li key={pool.poolId}>
            {names.get(pool.poolId) ?? pool.poolId}: {pool.total} {nodesWord(pool.total)}
            {pool.upgrading > 0 ? `, ${pool.upgrading} upgrading` : ''}
            {pool.abnormal > 0 ? `, ${pool.abnormal} failed (Abnormal)` : ''}
          </li>
        ))}
      </Box>
    </>
  );
}
