import { Chip, type ChipProps } from '@mui/material';
import type { PlanState } from '../../../../shared/plans-api';
import { stateWords } from '../plan-words';

const colors: Record<PlanState, ChipProps['color']> = {
  draft: 'default',
  'in-review': 'info',
  'changes-requested': 'warning',
  approved: 'success',
  submitted: 'primary',
  superseded: 'default',
};

export function PlanStateChip({ state }: { state: PlanState }) {
  return <Chip size="small" label={stateWords[state]} color={colors[state]} variant={state === 'superseded' ? 'outlined' : 'filled'} />;
}
