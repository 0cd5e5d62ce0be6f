import { Box, List, ListItem, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { groupBy } from '../../../../shared/inventory';
import type { PlanSummary } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { RouterLink } from '../../../components/RouterLink';
import { planImportPath } from '../../../lib/cluster-paths';
import { planQueries } from '../api/plan-queries';
import { planPath } from '../plan-paths';
import { formatTime } from '../plan-words';
import { PlanStateChip } from './PlanStateChip';
import { PageHeading } from '../../../components/PageHeading';
import { Trans, useT } from '../../../i18n/parts/plans';

function PlanRow({ plan }: { plan: PlanSummary }) {
  const t = useT();
  return (
    <ListItem divider sx={{ display: 'block' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <RouterLink href={planPath(plan.id)}>
          {t('plans.list.versions', { from: plan.fromVersion, to: plan.targetVersion })}
        </RouterLink>
        <PlanStateChip state={plan.state} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('plans.list.row', { author: plan.author.name, revision: plan.latestRevision, approvals: plan.approvals, at: formatTime(plan.updatedAt) })}
      </Typography>
    </ListItem>
  );
}

/** Every saved plan the caller may see, grouped by the cluster it upgrades (the BFF sends them newest first). */
export function PlansPage() {
  const t = useT();
  const plans = useQuery(planQueries.list());
  const byCluster = plans.data ? [...groupBy(plans.data.items, (plan) => plan.clusterId).values()] : [];
  return (
    <Stack spacing={3}>
      <PageHeading>{t('page.plans')}</PageHeading>
      <Typography>
        <Trans id="plans.list.import" components={{ 0: <code />, 1: <RouterLink href={planImportPath} /> }} />
      </Typography>
      {plans.isPending && <LoadingState label={t('loading.plans')} />}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data?.items.length === 0 && (
        <Typography>
          <Trans id="plans.list.none" components={{ 0: <RouterLink href="/" /> }} />
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
