import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import type { Plan } from '../../../../shared/plan';
import { STEP_DEFAULT, STEP_MAX, STEP_MIN, stepSchema } from '../../../../shared/upgrade-request';
import { ErrorState } from '../../../components/ErrorState';
import { FormRadioGroup } from '../../../components/FormRadioGroup';
import { FormTextField } from '../../../components/FormTextField';
import { LoadingState } from '../../../components/LoadingState';
import { useT } from '../../../i18n/parts/wizard';
import { clusterQueries } from '../../../lib/cluster-queries';
import { scopeLabel } from '../../../lib/scope-words';
import { clusterSize } from '../cluster-facts';
import type { StepProps } from '../wizard-step';
import { TimelinePreview } from './schedule/TimelinePreview';

/** "10 nodes in 4 node pools", as the cluster step says it. */
function ClusterSize({ projectId, clusterId }: { projectId: string; clusterId: string }) {
  const t = useT();
  const cluster = useQuery(clusterQueries.detail(projectId, clusterId));
  const pools = useQuery(clusterQueries.nodePools(projectId, clusterId));
  if (cluster.isError || pools.isError) {
    const retry = () => void Promise.all([cluster.refetch(), pools.refetch()]);
    return <ErrorState error={cluster.error ?? pools.error} onRetry={retry} />;
  }
  if (!cluster.data || !pools.data) return <LoadingState label={t('wizard.strategy.loadingSize')} />;
  return <Typography color="text.secondary">{clusterSize(cluster.data, pools.data.items)}</Typography>;
}

export function StrategyStep({ projectId }: StepProps) {
  const t = useT();
  const clusterId = useWatch<Plan, 'clusterId'>({ name: 'clusterId' });
  const scopeOptions = [
    { value: 'Cluster', label: scopeLabel('Cluster'), description: t('wizard.strategy.scope.Cluster.help') },
    { value: 'NodePool', label: scopeLabel('NodePool'), description: t('wizard.strategy.scope.NodePool.help') },
  ];
  return (
    <Stack spacing={3}>
      <Typography>{t('wizard.strategy.intro')}</Typography>
      <ClusterSize projectId={projectId} clusterId={clusterId} />
      <FormTextField<Plan>
        name="userDefinedStep"
        label={t('wizard.strategy.step.label')}
        type="number"
        helperText={t('wizard.strategy.step.help', { min: STEP_MIN, max: STEP_MAX, defaultStep: STEP_DEFAULT })}
        schema={stepSchema}
        describeProblem={(problem) => t('wizard.strategy.step.error', { problem })}
        inputProps={{ min: STEP_MIN, max: STEP_MAX, step: 1, inputMode: 'numeric' }}
        sx={{ maxWidth: 320 }}
      />
      <FormRadioGroup<Plan>
        name="scope"
        legend={t('wizard.strategy.scope.legend')}
        options={scopeOptions}
        errorText={t('wizard.strategy.scope.required')}
      />
      <TimelinePreview projectId={projectId} />
    </Stack>
  );
}
