import { Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../../shared/inventory';
import { useT } from '../../../../i18n/parts/wizard';
import { commaList } from '../../../../lib/word-lists';

/** What identifies a pool when deciding its place: all of it as text, nothing carried by colour. */
export function PoolSummary({ pool }: { pool: PlanningPool }) {
  const t = useT();
  const listed = (values: string[]) =>
    values.length > 0 ? commaList(values) : t('wizard.pool.unknown');
  return (
    <Box sx={{ minWidth: 0, flex: 1 }}>
      <Typography component="span" sx={{ fontWeight: 'bold' }}>{pool.name}</Typography>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
        {t('cluster.nodes', { nodes: pool.nodeCount })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {t('wizard.pool.facts', { id: pool.id, flavors: listed(pool.flavors), architecture: pool.architecture, zones: listed(pool.zones) })}
      </Typography>
    </Box>
  );
}
