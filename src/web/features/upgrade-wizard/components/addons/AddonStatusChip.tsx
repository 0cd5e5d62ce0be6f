import { Chip, type ChipProps } from '@mui/material';

const colourOf = (status: string): ChipProps['color'] => {
  if (status === 'running') return 'success';
  if (/failed|abnormal/i.test(status)) return 'error';
  return 'warning';
};

/** CCE's add-on status, written out; colour only repeats it. */
export function AddonStatusChip({ status }: { status: string | undefined }) {
  return <Chip size="small" label={status || 'unknown'} color={colourOf(status ?? '')} />;
}
