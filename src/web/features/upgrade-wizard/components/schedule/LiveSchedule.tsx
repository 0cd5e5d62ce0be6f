import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import type { PlanningNode, PlanningPool } from '../../../../../shared/inventory';
import { planSchema, type Plan } from '../../../../../shared/plan';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { useT } from '../../../../i18n/parts/schedule';
import { useInventory } from '../../../../lib/use-inventory';
import { useSchedule } from '../../use-schedule';
import { ScheduleSection } from './ScheduleSection';

function PlanSchedule({ projectId, plan, pools, nodes }: { projectId: string; plan: Plan; pools: PlanningPool[]; nodes: PlanningNode[] }) {
  const schedule = useSchedule(projectId, plan, pools, nodes);
  return <ScheduleSection schedule={schedule} />;
}

/** The timeline as the form stands, on the steps whose choices move it: each change shows its consequence at once. */
export function LiveSchedule({ projectId }: { projectId: string }) {
  const t = useT();
  const plan = useWatch<Plan>() as Plan;
  const inventory = useInventory(projectId, plan.clusterId);
  if (inventory.error) return <ErrorState error={inventory.error} onRetry={inventory.refetch} />;
  if (inventory.isPending) return <LoadingState label={t('schedule.live.loadingInventory')} />;
  if (!planSchema.safeParse(plan).success) return <Typography color="text.secondary">{t('schedule.live.invalid')}</Typography>;
  return <PlanSchedule projectId={projectId} plan={plan} pools={inventory.pools} nodes={inventory.nodes} />;
}
