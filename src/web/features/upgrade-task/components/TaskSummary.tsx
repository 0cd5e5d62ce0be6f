import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import type { NodeCounts, TaskSnapshot } from '../task-snapshot';
import { describePhase, describeStage } from '../task-words';

/** "1 of 12 upgraded, 3 upgrading now, 2 failed (Abnormal)": the same counts the node section lists. */
export function describeCounts({ total, upgraded, upgrading, abnormal }: NodeCounts): string {
  let text = `${upgraded} of ${total} upgraded`;
  if (upgrading > 0) text += `, ${upgrading} upgrading now`;
  if (abnormal > 0) text += `, ${abnormal} failed (Abnormal)`;
  return text;
}

/** Where the waves stand, from the same snapshot as the node section; undefined when no wave is known to be under way. */
function describeWave(snapshot: TaskSnapshot): string | undefined {
  const { currentWave, totalWaves, failed, succeeded } = snapshot;
  if (!totalWaves) return undefined;
  if (failed && currentWave) return `Stopped in wave ${currentWave} of ${totalWaves}`;
  if (succeeded) return totalWaves === 1 ? 'The only wave is done' : `All ${totalWaves} waves are done`;
  return currentWave ? `${currentWave} of ${totalWaves}` : undefined;
}

/** The task as a whole: phase and stage as CCE says them; node and wave counts from this poll's snapshot. */
export function TaskSummary({ task, snapshot }: { task: UpgradeTask; snapshot: TaskSnapshot }) {
  const rows: [string, ReactNode][] = [
    ['Phase', <span role="status" aria-label="Task phase">{describePhase(task.status.phase)}</span>],
  ];
  if (snapshot.stage) rows.push(['Stage', describeStage(snapshot.stage)]);
  if (snapshot.counts.total > 0) rows.push(['Nodes', describeCounts(snapshot.counts)]);
  const wave = describeWave(snapshot);
  if (wave) rows.push(['Wave', wave]);
  rows.push(['Version', `${task.spec.version ?? 'unknown'} → ${task.spec.targetVersion ?? 'unknown'}`]);
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
