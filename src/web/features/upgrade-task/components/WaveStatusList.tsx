import { Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import { VirtualList } from '../../../components/VirtualList';
import { translate, useT } from '../../../i18n/parts/task';
import type { WaveSnapshot, WaveState } from '../task-snapshot';
import { andList } from '../../../lib/word-lists';

type TaskId = Parameters<typeof translate>[0];

// Word and icon carry the status; colour only repeats it.
const looks: Record<WaveState, { icon: string; word: TaskId; color: string }> = {
  done: { icon: '✓', word: 'task.wave.state.done', color: 'success.dark' },
  upgrading: { icon: '⟳', word: 'task.wave.state.upgrading', color: 'info.main' },
  failed: { icon: '✕', word: 'task.wave.state.failed', color: 'error.main' },
  waiting: { icon: '○', word: 'task.wave.state.waiting', color: 'text.secondary' },
};

// A wide wave may hold dozens of failed nodes; the row names a few and the "Nodes that failed" list has them all.
const NAMED = 5;
const abnormalNames = (nodes: readonly { name: string }[]) => {
  const names = nodes.slice(0, NAMED).map((node) => node.name);
  return andList(nodes.length > NAMED ? [...names, translate('task.wave.more', { count: nodes.length - NAMED })] : names);
};

interface WaveStatusListProps {
  waves: readonly WaveSnapshot[];
  pools: readonly PlanningPool[];
  /** The wave upgrading now: the list scrolls to it whenever it changes. */
  current: number | undefined;
}

export function WaveStatusList({ waves, pools, current }: WaveStatusListProps) {
  const t = useT();
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <VirtualList
      items={waves}
      regionLabel={t('task.wave.region')}
      listLabel={t('task.wave.list')}
      itemKey={({ wave }) => wave.number}
      estimateSize={44}
      maxHeight={360}
      scrollToIndex={current === undefined ? undefined : current - 1}
      renderItem={({ wave, state, abnormal }) => {
        const look = looks[state];
        return (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Typography sx={{ flexGrow: 1 }}>
              {t('task.wave.row', { wave: wave.number, pool: names.get(wave.poolId) ?? wave.poolId, nodes: wave.nodes.length })}
            </Typography>
            <Typography sx={{ color: look.color, fontWeight: state === 'done' || state === 'waiting' ? undefined : 'bold' }}>
              {/* A wave with Abnormal nodes is a failed one (task-snapshot.ts): the word names them. */}
              <span aria-hidden="true">{look.icon}</span> {abnormal.length > 0 ? t('task.wave.failedAbnormal', { names: abnormalNames(abnormal) }) : t(look.word)}
            </Typography>
          </Box>
        );
      }}
    />
  );
}
