import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Box } from '@mui/material';
import { useMemo } from 'react';
import type { PlanningPool } from '../../../../../shared/inventory';
import { poolAnnouncements, poolDragInstructions } from './pool-announcements';
import { SortablePoolItem } from './SortablePoolItem';
import { useT } from '../../../../i18n/parts/wizard';

interface SortablePoolListProps {
  pools: PlanningPool[];
  labelledBy: string;
  onReorder: (poolIds: string[]) => void;
  onMove: (poolId: string, delta: -1 | 1) => void;
  onUnorder: (poolId: string) => void;
}

export function SortablePoolList({ pools, labelledBy, onReorder, onMove, onUnorder }: SortablePoolListProps) {
  const sensors = useSensors(
    // A small distance and a short press keep clicks on the handle and page scrolling on touch working.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = pools.map((pool) => pool.id);
  // Read again when the language changes (t changes with it), so dnd-kit speaks the active language.
  const t = useT();
  const announcements = useMemo(() => poolAnnouncements(pools, t), [pools, t]);
  const instructions = useMemo(() => poolDragInstructions(t), [t]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onReorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: instructions }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Box component="ol" aria-labelledby={labelledBy} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {pools.map((pool, index) => (
            <SortablePoolItem key={pool.id} pool={pool} index={index} count={pools.length} onMove={onMove} onUnorder={onUnorder} />
          ))}
        </Box>
      </SortableContext>
    </DndContext>
  );
}
