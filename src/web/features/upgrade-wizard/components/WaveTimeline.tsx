import { useState } from 'react';
import type { PlanningPool } from '../../../../shared/inventory';
import type { Wave, WaveAction } from '../../../../shared/waves';
import { VirtualList } from '../../../components/VirtualList';
import { batchLabel } from '../batch-label';
import { WaveItem } from './WaveItem';

interface WaveTimelineProps {
  waves: readonly Wave[];
  pools: readonly PlanningPool[];
  action: WaveAction;
  minutesPerWave: number;
}

export function WaveTimeline({ waves, pools, action, minutesPerWave }: WaveTimelineProps) {
  // Kept here, not in the item: items unmount when scrolled out of view and must reopen as the user left them.
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const toggle = (number: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(number)) next.add(number);
      return next;
    });
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <VirtualList
      items={waves}
      regionLabel="Wave timeline"
      listLabel="Predicted waves"
      itemKey={(wave) => wave.number}
      estimateSize={120}
      renderItem={(wave) => (
        <WaveItem
          wave={wave}
          poolName={names.get(wave.poolId) ?? wave.poolId}
          batch={batchLabel(wave, action.nodeOrder)}
          minutesPerWave={minutesPerWave}
          expanded={expanded.has(wave.number)}
          onToggle={toggle}
        />
      )}
    />
  );
}
