import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import type { SubmittedPlan } from '../../../lib/submitted-plans';
import { NodeStatusSummary } from './NodeStatusSummary';
import { PlannedNodeProgress } from './PlannedNodeProgress';

export interface NodeProgressProps {
  projectId: string;
  clusterId: string;
  task: UpgradeTask;
  /** The plan this browser submitted for the task, if it still has it. */
  plan: SubmittedPlan | null;
}

/** Per-node progress: against the predicted waves when the plan is known, else as CCE reports the nodes. */
export function NodeProgress({ projectId, clusterId, task, plan }: NodeProgressProps) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" id={headingId}>Node progress</Typography>
      {plan ? (
        <PlannedNodeProgress
          projectId={projectId}
          clusterId={clusterId}
          action={plan.request.spec.clusterUpgradeAction}
          finished={task.status.phase === 'Success'}
        />
      ) : (
        <>
          <Typography>
            Per-node progress is unavailable: this browser holds no record of the plan submitted for this task (it was
            submitted from another browser, or this browser’s storage was cleared), so the planner cannot predict its
            waves. The task-level progress above comes from CCE itself, and so do the node phases below.
          </Typography>
          <NodeStatusSummary projectId={projectId} clusterId={clusterId} />
        </>
      )}
    </Box>
  );
}
