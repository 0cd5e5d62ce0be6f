import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '../../../../shared/plan';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { clusterQueries } from '../../../lib/cluster-queries';
import { prefetchInventory } from '../../../lib/use-inventory';
import type { StepProps } from '../wizard-step';
import { GoalVersionChoice } from './GoalVersionChoice';
import { SuggestedPatchNote } from './SuggestedPatchNote';
import { preloadTimeline } from './schedule/TimelinePreview';
import { Trans, useT } from '../../../i18n/parts/wizard';

export function VersionStep({ projectId }: StepProps) {
  const t = useT();
  const { setValue } = useFormContext<Plan>();
  const [clusterId, targetVersion] = useWatch<Plan, ['clusterId', 'targetVersion']>({ name: ['clusterId', 'targetVersion'] });
  const cluster = useQuery(clusterQueries.detail(projectId, clusterId));
  const available = cluster.data?.status.phase === 'Available';
  const info = useQuery({ ...clusterQueries.upgradeInfo(projectId, clusterId), enabled: available });
  const targets = info.data?.spec.versionInfo.targetVersions;

  // The next steps show this cluster's rollout timeline: its code and the cluster's pools, nodes and labels are fetched
  // while the version is chosen, so the strategy step opens whole instead of growing under the pointer as they arrive.
  // Not for a cluster that cannot be upgraded now: nothing comes after this step for it.
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!available) return;
    preloadTimeline();
    prefetchInventory(queryClient, projectId, clusterId);
  }, [available, queryClient, projectId, clusterId]);

  // A restored draft may name a version CCE no longer offers for this cluster.
  useEffect(() => {
    if (targets && targetVersion !== '' && !targets.includes(targetVersion)) setValue('targetVersion', '');
  }, [targets, targetVersion, setValue]);

  if (cluster.isPending) return <LoadingState label={t('wizard.version.loadingCluster')} />;
  if (cluster.isError) return <ErrorState error={cluster.error} onRetry={() => void cluster.refetch()} />;
  const { name } = cluster.data.metadata;
  const { status } = cluster.data;
  if (!available) {
    return (
      <Alert severity="error">
        <AlertTitle>{t('wizard.version.unavailable.title', { name, phase: status.phase })}</AlertTitle>
        {status.message && <Typography variant="body2">{t('wizard.version.unavailable.cceSays', { message: status.message })}</Typography>}
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('wizard.version.unavailable.next')}
        </Typography>
      </Alert>
    );
  }
  if (info.isPending) return <LoadingState label={t('wizard.version.loadingVersions')} />;
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;

  const versionInfo = info.data.spec.versionInfo;
  const current = versionInfo.patch ? `${versionInfo.release}-${versionInfo.patch}` : versionInfo.release;
  return (
    <Stack spacing={2}>
      <Typography>
        <Trans id="wizard.version.current" values={{ name, version: current }} components={{ 0: <strong /> }} />
      </Typography>
      <SuggestedPatchNote clusterName={name} versionInfo={versionInfo} />
      {versionInfo.targetVersions.length > 0 ? (
        <GoalVersionChoice projectId={projectId} release={versionInfo.release} targets={versionInfo.targetVersions} />
      ) : (
        <Alert severity="info">
          <AlertTitle>{t('wizard.version.none.title')}</AlertTitle>
          {t('wizard.version.none.body', { name })}
        </Alert>
      )}
    </Stack>
  );
}
