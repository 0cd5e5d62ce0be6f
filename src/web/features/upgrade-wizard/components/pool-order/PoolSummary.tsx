import { Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../../shared/inventory';

const listed = (values: string[]) => (values.length > 0 ? values.join(', ') : 'unknown');

/** What identifies a pool when deciding its place: all of it as text, nothing carried by colour. */
export function PoolSummary({ pool }: { pool: PlanningPool }) {
  return (
    <Box sx={{ minWidth: 0, flex: 1 }}>
      <Typography component="span" sx={{ fontWeight: 'bold' }}>{pool.name}</Typography>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
        {pool.nodeCount} {pool.nodeCount === 1 ? 'node' : 'nodes'}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        Id {pool.id} · Flavors {listed(pool.flavors)} · Architecture {pool.architecture} · Zones {listed(pool.zones)}
      </Typography>
    </Box>
  );
}
