import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { useId, useMemo } from 'react';
import type { PlanningNode, PlanningPool } from '../../../../shared/inventory';
import type { Plan } from '../../../../shared/plan';
import { lintPlan, type PlanLint } from '../../../../shared/plan-lints';
import { useSchedule } from '../use-schedule';
import { PlanLintList } from './PlanLintList';
import { ScheduleSection } from './schedule/ScheduleSection';
import { WaveList } from './WaveList';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface WavePreviewProps {
  projectId: string;
  plan: Plan;
  pools: readonly PlanningPool[];
  nodes: readonly PlanningNode[];
  labelSource: 'kubernetes' | 'derived';
  labelReason?: string;
  /** Findings worked out elsewhere (the add-ons'), listed with the plan's own. */
  extraLints?: readonly PlanLint[];
}

/** The review's account of the rollout: every warning, the timeline with its estimate and window, and the waves in words. */
export function WavePreview({ projectId, plan, pools, nodes, labelSource, labelReason, extraLints = [] }: WavePreviewProps) {
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
        <Typography variant="h3" id={headingId}>Wave preview</Typography>
        <Typography variant="body2" color="text.secondary">
          A prediction from CCE’s documented upgrade rules, not a guarantee: CCE decides the final order as it upgrades.
        </Typography>
        {labelSource === 'derived' && (
          <Alert severity="info" role="note">
            <AlertTitle>The preview cannot see labels set by hand</AlertTitle>
            It knows only the labels CCE data implies (zone, flavor, architecture, pool, template tags). {labelReason}
          </Alert>
        )}
        <Typography>{plural(waves.length, 'wave')}, {plural(nodes.length, 'node')}.</Typography>
        <Box>
          <Typography id={`${headingId}-pools`}>Node pools in upgrade order:</Typography>
          <Box component="ol" aria-labelledby={`${headingId}-pools`} sx={{ my: 0.5, columnWidth: '20rem', columnGap: 4 }}>
            {orderedPools.map((pool) => (
              <li key={pool.id}>
                {pool.name} ({action.nodePoolOrder?.[pool.id] ? `priority ${action.nodePoolOrder[pool.id]}` : 'CCE default order'},{' '}
                {plural(pool.nodeCount, 'node')})
              </li>
            ))}
          </Box>
        </Box>
        {waves.length > 0 ? (
          <WaveList waves={waves} pools={pools} action={action} wavePhases={wavePhases} />
        ) : (
          <Typography>This cluster has no nodes, so there are no node waves to predict.</Typography>
        )}
      </Stack>
    </Stack>
  );
}
