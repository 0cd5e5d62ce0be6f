import { Box, List, ListItem, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { groupBy } from '../../../../shared/inventory';
import type { PlanSummary } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { RouterLink } from '../../../components/RouterLink';
import { planImportPath } from '../../../lib/plan-files';
import { planQueries } from '../api/plan-queries';
import { planPath } from '../plan-paths';
import { formatTime, plural } from '../plan-words';
import { PlanStateChip } from './PlanStateChip';
import { PageHeading } from '../../../components/PageHeading';

function PlanRow({ plan }: { plan: PlanSummary }) {
  return (
    <ListItem divider sx={{ display: 'block' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <RouterLink href={planPath(plan.id)}>
          {plan.fromVersion} → {plan.targetVersion}
        </RouterLink>
        <PlanStateChip state={plan.state} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        By {plan.author.name} · revision {plan.latestRevision} · {plural(plan.approvals, 'approval')} · updated {formatTime(plan.updatedAt)}
      </Typography>
    </ListItem>
  );
}

/** Every saved plan the caller may see, grouped by the cluster it upgrades (the BFF sends them newest first). */
export function PlansPage() {
  const plans = useQuery(planQueries.list());
  const byCluster = plans.data ? [...groupBy(plans.data.items, (plan) => plan.clusterId).values()] : [];
  return (
    <Stack spacing={3}>
      <PageHeading>Upgrade plans</PageHeading>
      <Typography>
        Have a plan file (<code>.cce-plan.json</code>)? <RouterLink href={planImportPath}>Open a plan file</RouterLink> to check it
        against its cluster and review it.
      </Typography>
      {plans.isPending && <LoadingState label="Loading plans" />}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data?.items.length === 0 && (
        <Typography>
          No plans are saved yet. <RouterLink href="/">Plan an upgrade</RouterLink> and choose Save for review.
        </Typography>
      )}
      {byCluster.map((clusterPlans) => {
        const { clusterId, clusterName } = clusterPlans[0]!;
        const headingId = `plans-${clusterId}`;
        return (
          <Box component="section" key={clusterId} aria-labelledby={headingId}>
            <Typography variant="h2" id={headingId}>{clusterName}</Typography>
            <List aria-labelledby={headingId}>
              {clusterPlans.map((plan) => <PlanRow key={plan.id} plan={plan} />)}
            </List>
          </Box>
        );
      })}
    </Stack>
  );
}
