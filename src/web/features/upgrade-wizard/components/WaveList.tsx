import { useMemo } from 'react';
import type { Phase } from '../../../../shared/duration-model';
import type { PlanningPool } from '../../../../shared/inventory';
import { wavePrecision } from '../../../../shared/wave-precision';
import type { Wave, WaveAction } from '../../../../shared/waves';
import { VirtualList } from '../../../components/VirtualList';
import { useToggleSet } from '../../../lib/use-toggle-set';
import { batchLabel } from '../batch-label';
import { WaveItem } from './WaveItem';
import { useT } from '../../../i18n/parts/review';

interface WaveListProps {
  waves: readonly Wave[];
  pools: readonly PlanningPool[];
  action: WaveAction;
  /** The estimate's wave phases, in wave order. */
  wavePhases: readonly Phase[];
}

/** The waves in words, one item each: the rollout timeline's text equivalent, and where names and candidates are read. */
export function WaveList({ waves, pools, action, wavePhases }: WaveListProps) {
  const t = useT();
  const [expanded, toggle] = useToggleSet<number>();
  const precision = useMemo(() => wavePrecision(waves), [waves]);
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <VirtualList
      items={waves}
      regionLabel={t('review.waves.region')}
      listLabel={t('review.waves.list')}
      itemKey={(wave) => wave.number}
      estimateSize={120}
      renderItem={(wave) => (
        <WaveItem
          wave={wave}
          precision={precision[wave.number - 1]!}
          poolName={names.get(wave.poolId) ?? wave.poolId}
          batch={batchLabel(wave, action.nodeOrder)}
          phase={wavePhases[wave.number - 1]!}
          expanded={expanded.has(wave.number)}
          onToggle={toggle}
        />
      )}
    />
  );
}
