import { Box, Button, Typography } from '@mui/material';
import { useId } from 'react';
import type { Wave } from '../../../../shared/waves';
import { NodeNameList } from '../../../components/NodeNameList';
import { formatMinutes } from '../../../lib/format-minutes';

// Waves up to this size show every name; longer ones show this many until expanded.
const COLLAPSED = 5;

interface WaveItemProps {
  wave: Wave;
  poolName: string;
  batch: string;
  minutesPerWave: number;
  expanded: boolean;
  onToggle: (waveNumber: number) => void;
}

export function WaveItem({ wave, poolName, batch, minutesPerWave, expanded, onToggle }: WaveItemProps) {
  const id = useId();
  const listId = `${id}-nodes`;
  const titleId = `${id}-title`;
  const { number, nodes } = wave;
  const collapsible = nodes.length > COLLAPSED;
  const shown = collapsible && !expanded ? nodes.slice(0, COLLAPSED) : nodes;
  return (
    <Box sx={{ px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Typography id={titleId} sx={{ fontWeight: 'bold' }}>
        Wave {number} · {poolName} · {nodes.length} {nodes.length === 1 ? 'node' : 'nodes'}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Estimated start +{formatMinutes((number - 1) * minutesPerWave)} · duration {formatMinutes(minutesPerWave)}
      </Typography>
      <Typography variant="body2">{batch}</Typography>
      <NodeNameList id={listId} label={`Nodes in wave ${number}`} nodes={shown} />
      {collapsible && (
        <Button size="small" aria-expanded={expanded} aria-controls={listId} aria-describedby={titleId} onClick={() => onToggle(number)}>
          {expanded ? 'Show fewer nodes' : `Show all ${nodes.length} nodes`}
        </Button>
      )}
    </Box>
  );
}
