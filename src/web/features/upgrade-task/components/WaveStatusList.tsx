import { Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import { VirtualList } from '../../../components/VirtualList';
import type { WaveSnapshot, WaveState } from '../task-snapshot';

// Word and icon carry the status; colour only repeats it.
const looks: Record<WaveState, { icon: string; word: string; color: string }> = {
  done: { icon: '✓', word: 'Done', color: 'success.dark' },
  upgrading: { icon: '⟳', word: 'Upgrading', color: 'info.main' },
  failed: { icon: '✕', word: 'Failed', color: 'error.main' },
  waiting: { icon: '○', word: 'Waiting', color: 'text.secondary' },
};

// A wide wave may hold dozens of failed nodes; the row names a few and the "Nodes that failed" list has them all.
const NAMED = 5;
const abnormalNames = (nodes: readonly { name: string }[]) => {
  const names = nodes.slice(0, NAMED).map((node) => node.name).join(', ');
  return nodes.length > NAMED ? `${names} and ${nodes.length - NAMED} more` : names;
};

interface WaveStatusListProps {
  waves: readonly WaveSnapshot[];
  pools: readonly PlanningPool[];
  /** The wave upgrading now: the list scrolls to it whenever it changes. */
  current: number | undefined;
}

export function WaveStatusList({ waves, pools, current }: WaveStatusListProps) {
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  return (
    <VirtualList
      items={waves}
      regionLabel="Wave progress"
      listLabel="Waves and their status"
      itemKey={({ wave }) => wave.number}
      estimateSize={44}
      maxHeight={360}
      scrollToIndex={current === undefined ? undefined : current - 1}
      renderItem={({ wave, state, abnormal }) => {
        const look = looks[state];
        return (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Typography sx={{ flexGrow: 1 }}>
              Wave {wave.number} · {names.get(wave.poolId) ?? wave.poolId} · {wave.nodes.length} {wave.nodes.length === 1 ? 'node' : 'nodes'}
            </Typography>
            <Typography sx={{ color: look.color, fontWeight: state === 'done' || state === 'waiting' ? undefined : 'bold' }}>
              <span aria-hidden="true">{look.icon}</span> {look.word}
              {abnormal.length > 0 ? ` (Abnormal: ${abnormalNames(abnormal)})` : ''}
            </Typography>
          </Box>
        );
      }}
    />
  );
}
