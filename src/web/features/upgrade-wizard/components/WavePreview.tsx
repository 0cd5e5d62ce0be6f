import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { useId, useMemo } from 'react';
import type { PlanningNode, PlanningPool } from '../../../../shared/inventory';
import type { Plan } from '../../../../shared/plan';
import { lintPlan, type PlanLint } from '../../../../shared/plan-lints';
import { describeLabelReason, type LabelReason } from '../../../lib/describe-label-reason';
import { useSchedule } from '../use-schedule';
import { PlanLintList } from './PlanLintList';
import { ScheduleSection } from './schedule/ScheduleSection';
import { WaveList } from './WaveList';
import { useT } from '../../../i18n/parts/review';

export interface WavePreviewProps {
  projectId: string;
  plan: Plan;
  pools: readonly PlanningPool[];
  nodes: readonly PlanningNode[];
  labelSource: 'kubernetes' | 'derived';
  labelReason?: LabelReason | undefined;
  /** Findings worked out elsewhere (the add-ons'), listed with the plan's own. */
  extraLints?: readonly PlanLint[];
}

/** The review's account of the rollout: every warning, the timeline with its estimate and window, and the waves in words. */
export function WavePreview({ projectId, plan, pools, nodes, labelSource, labelReason, extraLints = [] }: WavePreviewProps) {
  const t = useT();
  const headingId = useId();
  const schedule = useSchedule(projectId, plan, pools, nodes);
  const { action, waves, orderedPools, estimate } = schedule;
  const lints = useMemo(
    () => [...lintPlan(pools, nodes, action, waves), ...extraLints, ...schedule.lints],
    [pools, nodes, action, waves, extraLints, schedule.lints],
  );
  const wavePhases = useMemo(() => estimate.phases.filter((phase) => phase.kind === 'wave'), [estimate]);
  return (
    <Stack spacing={3}>
      <PlanLintList lints={lints} pools={pools} />
      <ScheduleSection schedule={schedule} />
      <Stack component="section" aria-labelledby={headingId} spacing={2}>
        <Typography variant="h3" id={headingId}>{t('review.wavePreview.heading')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('review.wavePreview.prediction')}
        </Typography>
        {labelSource === 'derived' && (
          <Alert severity="info" role="note">
            <AlertTitle>{t('review.wavePreview.derivedTitle')}</AlertTitle>
            {t('review.wavePreview.derivedBody', { reason: labelReason ? describeLabelReason(labelReason) : '' })}
          </Alert>
        )}
        <Typography>{t('review.wavePreview.summary', { waves: waves.length, nodes: nodes.length })}</Typography>
        <Box>
          <Typography id={`${headingId}-pools`}>{t('review.wavePreview.poolOrder')}</Typography>
          <Box component="ol" aria-labelledby={`${headingId}-pools`} sx={{ my: 0.5, columnWidth: '20rem', columnGap: 4 }}>
            {orderedPools.map((pool) => (
              <li key={pool.id}>
                {action.nodePoolOrder?.[pool.id]
                  ? t('review.wavePreview.poolPriority', { pool: pool.name, priority: action.nodePoolOrder[pool.id], nodes: pool.nodeCount })
                  : t('review.wavePreview.poolDefault', { pool: pool.name, nodes: pool.nodeCount })}
              </li>
            ))}
          </Box>
        </Box>
        {waves.length > 0 ? (
          <WaveList waves={waves} pools={pools} action={action} wavePhases={wavePhases} />
        ) : (
          <Typography>{t('review.wavePreview.noNodes')}</Typography>
        )}
      </Stack>
    </Stack>
  );
}
