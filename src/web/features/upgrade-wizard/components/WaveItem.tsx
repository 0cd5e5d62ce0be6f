import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import type { WavePrecision } from '../../../../shared/wave-precision';
import type { Wave } from '../../../../shared/waves';
import { WaveNodes } from '../../../components/WaveNodes';
import { formatMinutes } from '../../../lib/format-minutes';

interface WaveItemProps {
  wave: Wave;
  precision: WavePrecision;
  poolName: string;
  batch: string;
  minutesPerWave: number;
  expanded: boolean;
  onToggle: (waveNumber: number) => void;
}

export function WaveItem({ wave, precision, poolName, batch, minutesPerWave, expanded, onToggle }: WaveItemProps) {
  const titleId = `${useId()}-title`;
  const { number, nodes } = wave;
  return (
    <Box sx={{ px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Typography id={titleId} sx={{ fontWeight: 'bold' }}>
        Wave {number} · {poolName} · {nodes.length} {nodes.length === 1 ? 'node' : 'nodes'}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Estimated start +{formatMinutes((number - 1) * minutesPerWave)} · duration {formatMinutes(minutesPerWave)}
      </Typography>
      <Typography variant="body2">{batch}</Typography>
      <WaveNodes wave={wave} precision={precision} poolName={poolName} expanded={expanded} onToggle={onToggle} describedBy={titleId} />
    </Box>
  );
}
