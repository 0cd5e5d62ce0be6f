import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import type { PlanningNode, PlanningPool } from '../../../../shared/inventory';
import { lintPlan } from '../../../../shared/plan-lints';
import { computeWaves, orderPools, type WaveAction } from '../../../../shared/waves';
import { formatMinutes } from '../../../lib/format-minutes';
import { MINUTES_DEFAULT, MinutesPerWaveField } from './MinutesPerWaveField';
import { PlanLintList } from './PlanLintList';
import { WaveList } from './WaveList';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface WavePreviewProps {
  pools: readonly PlanningPool[];
  nodes: readonly PlanningNode[];
  action: WaveAction;
  labelSource: 'kubernetes' | 'derived';
  labelReason?: string;
}

export function WavePreview({ pools, nodes, action, labelSource, labelReason }: WavePreviewProps) {
  const headingId = useId();
  const [minutes, setMinutes] = useState(MINUTES_DEFAULT);
  const waves = useMemo(() => computeWaves(pools, nodes, action), [pools, nodes, action]);
  const lints = useMemo(() => lintPlan(pools, nodes, action, waves), [pools, nodes, action, waves]);
  const ordered = useMemo(() => orderPools(pools, action.nodePoolOrder), [pools, action.nodePoolOrder]);
  return (
    <Stack spacing={3}>
      <PlanLintList lints={lints} pools={pools} />
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
            {ordered.map((pool) => (
              <li key={pool.id}>
                {pool.name} ({action.nodePoolOrder?.[pool.id] ? `priority ${action.nodePoolOrder[pool.id]}` : 'CCE default order'},{' '}
                {plural(pool.nodeCount, 'node')})
              </li>
            ))}
          </Box>
        </Box>
        <MinutesPerWaveField value={minutes} onChange={setMinutes} />
        <Typography>
          Estimated total duration: {formatMinutes(waves.length * minutes)} ({plural(waves.length, 'wave')} × {formatMinutes(minutes)}).
        </Typography>
        {waves.length > 0 ? (
          <WaveList waves={waves} pools={pools} action={action} minutesPerWave={minutes} />
        ) : (
          <Typography>This cluster has no nodes, so there are no node waves to predict.</Typography>
        )}
      </Stack>
    </Stack>
  );
}
