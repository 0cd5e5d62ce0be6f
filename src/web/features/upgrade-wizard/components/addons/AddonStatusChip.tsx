import { Chip, type ChipProps } from '@mui/material';
import { useT } from '../../../../i18n/parts/addons';

const colourOf = (status: string): ChipProps['color'] => {
  if (status === 'running') return 'success';
  if (/failed|abnormal/i.test(status)) return 'error';
  return 'warning';
};

/** CCE's add-on status, written out; colour only repeats it. */
export function AddonStatusChip({ status }: { status: string | undefined }) {
  const t = useT();
  // CCE's status as CCE spells it; only a missing one is the planner's word.
  return <Chip size="small" label={status || t('addons.status.unknown')} color={colourOf(status ?? '')} />;
}
