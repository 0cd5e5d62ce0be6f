import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import type { Phase } from '../../../../shared/duration-model';
import { formatMinutesRange } from '../../../lib/format-duration';
import { useT } from '../../../i18n/parts/review';
import type { WavePrecision } from '../../../../shared/wave-precision';
import type { Wave } from '../../../../shared/waves';
import { WaveNodes } from '../../../components/WaveNodes';

interface WaveItemProps {
  wave: Wave;
  /** The wave's bar of the estimate: when it starts after the upgrade begins, and how long it takes. */
  phase: Phase;
  precision: WavePrecision;
  poolName: string;
  batch: string;
  expanded: boolean;
  onToggle: (waveNumber: number) => void;
}

export function WaveItem({ wave, phase, precision, poolName, batch, expanded, onToggle }: WaveItemProps) {
  const t = useT();
  const titleId = `${useId()}-title`;
  const { number, nodes } = wave;
  return (
    <Box sx={{ px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Typography id={titleId} sx={{ fontWeight: 'bold' }}>
        {t('review.wave.title', { number, pool: poolName, nodes: nodes.length })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t(phase.source === 'measured' ? 'review.wave.timingMeasured' : 'review.wave.timing', {
          start: formatMinutesRange(phase.start),
          duration: formatMinutesRange(phase.duration),
        })}
      </Typography>
      <Typography variant="body2">{batch}</Typography>
      <WaveNodes wave={wave} precision={precision} poolName={poolName} expanded={expanded} onToggle={onToggle} describedBy={titleId} />
    </Box>
  );
}
