import { Box, Typography } from '@mui/material';
import { groupBy } from '../../../../shared/inventory';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NodeNameList } from '../../../components/NodeNameList';
import { useInventory } from '../../../lib/use-inventory';
import { UPGRADING } from '../wave-progress';

/** Without the submitted plan there are no predicted waves, but CCE still says which nodes are upgrading, per pool. */
export function NodeStatusSummary({ projectId, clusterId }: { projectId: string; clusterId: string }) {
  const inventory = useInventory(projectId, clusterId);
  if (inventory.error) return <ErrorState error={inventory.error} onRetry={inventory.refetch} />;
  if (inventory.isPending) return <LoadingState label="Loading the cluster’s nodes" />;
  const upgrading = inventory.nodes.filter((node) => node.phase === UPGRADING);
  const byPool = groupBy(inventory.nodes, (node) => node.poolId);
  return (
    <>
      {upgrading.length > 0 ? (
        <Box>
          <Typography>Upgrading now:</Typography>
          <NodeNameList label="Nodes upgrading now" nodes={upgrading} />
        </Box>
      ) : (
        <Typography>No node is upgrading right now.</Typography>
      )}
      <Typography variant="h3">Node pools</Typography>
      <Box component="ul" aria-label="Nodes per node pool" sx={{ my: 0, columnWidth: '20rem', columnGap: 4 }}>
        {inventory.pools.map((pool) => {
          const nodes = byPool.get(pool.id) ?? [];
          const busy = nodes.filter((node) => node.phase === UPGRADING).length;
          return (
            <li key={pool.id}>
              {pool.name}: {nodes.length} {nodes.length === 1 ? 'node' : 'nodes'}{busy > 0 ? `, ${busy} upgrading` : ''}
            </li>
          );
        })}
      </Box>
    </>
  );
}
