import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { translate, useT } from '../../../i18n/parts/task';
import type { NodeCounts, TaskSnapshot } from '../task-snapshot';
import { describePhase, describeStage } from '../task-words';

/** "1 of 12 upgraded, 3 upgrading now, 2 failed (Abnormal)": the same counts the node section lists. */
export function describeCounts({ total, upgraded, upgrading, abnormal }: NodeCounts): string {
  return translate('task.summary.counts', { total, upgraded, upgrading, abnormal });
}

/** Where the waves stand, from the same snapshot as the node section; undefined when no wave is known to be under way. */
function describeWave(snapshot: TaskSnapshot): string | undefined {
  const { currentWave, totalWaves, failed, succeeded } = snapshot;
  if (!totalWaves) return undefined;
  if (failed && currentWave) return translate('task.summary.waveStopped', { wave: currentWave, total: totalWaves });
  if (succeeded) return translate('task.summary.wavesDone', { total: totalWaves });
  return currentWave ? translate('task.summary.waveOf', { wave: currentWave, total: totalWaves }) : undefined;
}

/** The task as a whole: phase and stage as CCE says them; node and wave counts from this poll's snapshot. */
export function TaskSummary({ task, snapshot }: { task: UpgradeTask; snapshot: TaskSnapshot }) {
  const t = useT();
  const rows: [string, ReactNode][] = [
    [t('task.summary.phase'), <span role="status" aria-label={t('task.summary.phaseLabel')}>{describePhase(task.status.phase)}</span>],
  ];
  if (snapshot.stage) rows.push([t('task.summary.stage'), describeStage(snapshot.stage)]);
  if (snapshot.counts.total > 0) rows.push([t('task.summary.nodes'), describeCounts(snapshot.counts)]);
  const wave = describeWave(snapshot);
  if (wave) rows.push([t('task.summary.wave'), wave]);
  const unknown = t('task.summary.unknownVersion');
  rows.push([t('task.summary.version'), t('task.summary.versions', { from: task.spec.version ?? unknown, to: task.spec.targetVersion ?? unknown })]);
  return <DefinitionRows rows={rows} />;
}

export function DefinitionRows({ rows, label }: { rows: readonly [string, ReactNode][]; label?: string }) {
  return (
    <Box component="dl" aria-label={label} sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 3, rowGap: 1, m: 0 }}>
      {rows.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 'bold' }}>{term}</Box>
          <Box component="dd" sx={{ m: 0 }}>{value}</Box>
        </Box>
      ))}
    </Box>
  );
}
