import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { upgradeTaskItems } from '../../../../shared/upgrade-task-items';
import { describePhase, describeStage } from '../task-words';

/** What CCE says about the task as a whole: phase in words, stage, node and wave counts, versions. */
export function TaskSummary({ task }: { task: UpgradeTask }) {
  const items = upgradeTaskItems(task);
  const { totalNodes, upgradedNodes = 0, upgradingNodes = 0, currentWave, totalWaves } = items;
  const rows: [string, ReactNode][] = [
    ['Phase', <span role="status" aria-label="Task phase">{describePhase(task.status.phase)}</span>],
  ];
  if (items.stage) rows.push(['Stage', describeStage(items.stage)]);
  if (totalNodes !== undefined) {
    rows.push(['Nodes', `${upgradedNodes} of ${totalNodes} upgraded${upgradingNodes > 0 ? `, ${upgradingNodes} upgrading now` : ''}`]);
  }
  if (currentWave && totalWaves) rows.push(['Wave', `${currentWave} of ${totalWaves}`]);
  rows.push(['Version', `${task.spec.version ?? 'unknown'} → ${task.spec.targetVersion ?? 'unknown'}`]);
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
      {rows.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 'bold' }}>{term}</Box>
          <Box component="dd" sx={{ m: 0 }}>{value}</Box>
        </Box>
      ))}
    </Box>
  );
}
