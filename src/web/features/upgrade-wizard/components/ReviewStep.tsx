import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { FactList } from '../../../components/FactList';
import { LoadingState } from '../../../components/LoadingState';
import { clusterQueries } from '../../../lib/cluster-queries';
import { scopeLabel } from '../../../lib/scope-words';
import { useUpgradeRequest } from '../upgrade-request';
import type { StepProps } from '../wizard-step';
import { AddonBlockersReporter } from './AddonBlockersReporter';
import { AddonPatchSummary } from './addons/AddonPatchSummary';
import { CceCheckChoice } from './CceCheckChoice';
import { CopyButton } from './CopyButton';
import { useT } from '../../../i18n/parts/review';

// The preview brings the virtualized timeline and lints; the first screen of the wizard does not need them.
const WavePreviewSection = lazy(() => import('./WavePreviewSection').then((module) => ({ default: module.WavePreviewSection })));
const PreCheckSection = lazy(() => import('./pre-check/PreCheckSection').then((module) => ({ default: module.PreCheckSection })));

export function ReviewStep({ projectId }: StepProps) {
  const t = useT();
  const { plan, text } = useUpgradeRequest();
  const cluster = useQuery(clusterQueries.detail(projectId, plan.clusterId));
  return (
    <Stack spacing={2}>
      <AddonBlockersReporter projectId={projectId} subject={{ clusterId: plan.clusterId, targetVersion: plan.targetVersion, patches: plan.addons }} />
      <FactList
        facts={[
          [t('review.fact.cluster'), cluster.data?.metadata.name ?? plan.clusterId],
          [t('review.fact.version'), cluster.data ? `${cluster.data.spec.version} → ${plan.targetVersion}` : plan.targetVersion],
          [t('review.fact.stepSize'), plan.userDefinedStep],
          [t('review.fact.scope'), scopeLabel(plan.scope)],
        ]}
      />
      <AddonPatchSummary projectId={projectId} plan={plan} />
      <Suspense fallback={<LoadingState label={t('review.loading.wavePreview')} />}>
        <WavePreviewSection projectId={projectId} plan={plan} />
      </Suspense>
      <Suspense fallback={<LoadingState label={t('review.loading.preCheck')} />}>
        <PreCheckSection projectId={projectId} plan={plan} />
      </Suspense>
      <CceCheckChoice />
      <Typography variant="h3" component="h3">{t('review.request.heading')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('review.request.explain')}
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        role="region"
        aria-label={t('review.request.region')}
        data-testid="request-json"
        sx={{ m: 0, p: 2, overflow: 'auto', maxHeight: 420, bgcolor: 'grey.100', border: 1, borderColor: 'grey.400', borderRadius: 1, fontFamily: 'monospace', fontSize: '0.875rem' }}
      >
        {text}
      </Box>
      <Box>
        <CopyButton text={text} />
      </Box>
    </Stack>
  );
}
