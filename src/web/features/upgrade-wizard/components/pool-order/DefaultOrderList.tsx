import { Button, Stack } from '@mui/material';
import type { PlanningPool } from '../../../../../shared/inventory';
import { useRovingFocus } from '../../../../lib/use-roving-focus';
import { PoolSummary } from './PoolSummary';
import { useT } from '../../../../i18n/parts/wizard';

interface DefaultOrderListProps {
  pools: PlanningPool[];
  labelledBy: string;
  onOrder: (poolId: string) => void;
}

/** Pools left to CCE, listed in the order CCE will take them: their Order buttons are one tab stop, arrows move between them. */
export function DefaultOrderList({ pools, labelledBy, onOrder }: DefaultOrderListProps) {
  const t = useT();
  const roving = useRovingFocus(pools.length);
  return (
    <Stack component="ol" aria-labelledby={labelledBy} spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }} onKeyDown={roving.onKeyDown}>
      {pools.map((pool, index) => (
        <Stack
          component="li"
          key={pool.id}
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: { xs: 'flex-start', sm: 'center' }, p: 1.5, border: 1, borderColor: 'divider', borderStyle: 'dashed', borderRadius: 1 }}
        >
          <PoolSummary pool={pool} />
          <Button size="small" variant="outlined" aria-label={t('wizard.poolOrder.orderPool', { pool: pool.name })} data-focus-key={`${pool.id}:order`} onClick={() => onOrder(pool.id)} {...roving.itemProps(index)}>
            {t('wizard.poolOrder.order')}
          </Button>
        </Stack>
      ))}
    </Stack>
  );
}
