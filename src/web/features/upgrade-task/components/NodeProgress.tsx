import { Box, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import { loadSubmittedPlan } from '../../../lib/submitted-plans';
import { PlannedNodeProgress } from './PlannedNodeProgress';

export interface NodeProgressProps {
  projectId: string;
  clusterId: string;
  taskId: string;
  task: UpgradeTask;
  /** When the task was last read: each new read also refreshes the node list. */
  updatedAt: number;
}

/** Per-node progress against the waves predicted from the plan this browser submitted for the task. */
export function NodeProgress({ projectId, clusterId, taskId, task, updatedAt }: NodeProgressProps) {
  const headingId = useId();
  const [plan] = useState(() => loadSubmittedPlan(taskId, clusterId));
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" id={headingId}>Node progress</Typography>
      {plan ? (
        <PlannedNodeProgress
          projectId={projectId}
          clusterId={clusterId}
          action={plan.request.spec.clusterUpgradeAction}
          finished={task.status.phase === 'Success'}
          updatedAt={updatedAt}
        />
      ) : (
        <Typography>
          Per-node progress is unavailable: this browser holds no record of the plan submitted for this task (it was
          submitted from another browser, or this browser’s storage was cleared), so the planner cannot predict its
          waves. The task-level progress above comes from CCE itself.
        </Typography>
      )}
    </Box>
  );
}
