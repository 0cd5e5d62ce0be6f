import { useSortable } from '@dnd-kit/sortable';
import { Button, IconButton, Stack, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../../shared/inventory';
import { PoolSummary } from './PoolSummary';
import { useT } from '../../../../i18n/parts/wizard';

interface SortablePoolItemProps {
  pool: PlanningPool;
  index: number;
  count: number;
  onMove: (poolId: string, delta: -1 | 1) => void;
  onUnorder: (poolId: string) => void;
}

/**
 * An ordered pool. The list item is the sortable node and only the inner handle carries dnd-kit's
 * role and listeners: on the item itself they would hide the listitem role from assistive technology.
 */
export function SortablePoolItem({ pool, index, count, onMove, onUnorder }: SortablePoolItemProps) {
  const t = useT();
  const { setNodeRef, setActivatorNodeRef, transform, transition, isDragging, attributes, listeners } = useSortable({ id: pool.id });
  return (
    <Stack
      component="li"
      ref={setNodeRef}
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{
        alignItems: { xs: 'flex-start', sm: 'center' },
        p: 1.5,
        mb: 1,
        border: 1,
        borderColor: isDragging ? 'primary.main' : 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        position: 'relative',
        zIndex: isDragging ? 1 : 'auto',
        boxShadow: isDragging ? 4 : 0,
      }}
      style={{ transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined, transition }}
    >
      <Typography sx={{ minWidth: '2ch', fontWeight: 'bold' }}>{index + 1}.</Typography>
      <IconButton
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t('wizard.poolOrder.reorderPool', { pool: pool.name })}
        data-focus-key={`${pool.id}:handle`}
        sx={{ touchAction: 'none', cursor: isDragging ? 'grabbing' : 'grab' }}
      >
        <span aria-hidden="true">⠿</span>
      </IconButton>
      <PoolSummary pool={pool} />
      <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
        <Button size="small" aria-label={t('wizard.action.moveUpOf', { target: pool.name })} data-focus-key={`${pool.id}:up`} disabled={index === 0} onClick={() => onMove(pool.id, -1)}>
          {t('wizard.action.moveUp')}
        </Button>
        <Button size="small" aria-label={t('wizard.action.moveDownOf', { target: pool.name })} data-focus-key={`${pool.id}:down`} disabled={index === count - 1} onClick={() => onMove(pool.id, 1)}>
          {t('wizard.action.moveDown')}
        </Button>
        <Button size="small" aria-label={t('wizard.poolOrder.backToDefaultPool', { pool: pool.name })} onClick={() => onUnorder(pool.id)}>
          {t('wizard.poolOrder.backToDefault')}
        </Button>
      </Stack>
    </Stack>
  );
}
