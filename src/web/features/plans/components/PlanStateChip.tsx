import { Chip, type ChipProps } from '@mui/material';
import type { PlanState } from '../../../../shared/plans-api';
import { useT } from '../../../i18n/parts/plans';
import { stateIds } from '../plan-words';

const colors: Record<PlanState, ChipProps['color']> = {
  draft: 'default',
  'in-review': 'info',
  'changes-requested': 'warning',
  approved: 'success',
  submitted: 'primary',
  superseded: 'default',
};

export function PlanStateChip({ state }: { state: PlanState }) {
  const t = useT();
  return <Chip size="small" label={t(stateIds[state])} color={colors[state]} variant={state === 'superseded' ? 'outlined' : 'filled'} />;
}
