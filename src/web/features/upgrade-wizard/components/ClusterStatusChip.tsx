import { Chip, type ChipProps } from '@mui/material';

const colourOf = (phase: string): ChipProps['color'] => {
  if (phase === 'Available') return 'success';
  if (['Unavailable', 'Error', 'RollbackFailed'].includes(phase)) return 'error';
  return 'warning';
};

/** The phase is always written out; colour only repeats it. */
export function ClusterStatusChip({ phase }: { phase: string }) {
  return <Chip size="small" label={phase} color={colourOf(phase)} />;
}
