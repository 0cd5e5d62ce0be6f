import { Box, Typography } from '@mui/material';
import type { PlanningPool } from '../../../../shared/inventory';
import type { Wave } from '../../../../shared/waves';
import { VirtualList } from '../../../components/VirtualList';
import type { WaveStatus } from '../wave-progress';

// Word and icon carry the status; colour only repeats it.
const looks: Record<WaveStatus, { icon: string; word: string; color: string }> = {
  done: { icon: '✓', word: 'Done', color: 'success.dark' },
  upgrading: { icon: '⟳', word: 'Upgrading', color: 'info.main' },
  waiting: { icon: '○', word: 'Waiting', color: 'text.secondary' },
};

interface WaveStatusListProps {
  waves: readonly Wave[];
  statuses: readonly WaveStatus[];
  pools: readonly PlanningPool[];
  /** The wave upgrading now: the list scrolls to it whenever it changes. */
  current: number | undefined;
}

export function WaveStatusList({ waves, statuses, pools, current }: WaveStatusListProps) {
  const names = new Map(pools.map((pool) => [pool.id, pool.name]));
  const items = waves.map((wave, index) => ({ wave, status: statuses[index] ?? 'waiting' }));
  return (
    <VirtualList
      items={items}
      regionLabel="Wave progress"
      listLabel="Waves and their status"
      itemKey={({ wave }) => wave.number}
      estimateSize={44}
      maxHeight={360}
      scrollToIndex={current === undefined ? undefined : current - 1}
      renderItem={({ wave, status }) => {
        const look = looks[status];
        return (
          <Box sx={{ display: 'flex', gap: 2, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Typography sx={{ flexGrow: 1 }}>
              Wave {wave.number} · {names.get(wave.poolId) ?? wave.poolId} · {wave.nodes.length} {wave.nodes.length === 1 ? 'node' : 'nodes'}
            </Typography>
            <Typography sx={{ color: look.color, fontWeight: status === 'upgrading' ? 'bold' : undefined }}>
              <span aria-hidden="true">{look.icon}</span> {look.word}
            </Typography>
          </Box>
        );
      }}
    />
  );
}
