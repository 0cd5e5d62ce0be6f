import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import type { PlanningPool } from '../../../../shared/inventory';
import { ErrorState } from '../../../components/ErrorState';
import type { TaskSnapshot } from '../task-snapshot';
import { NodeStatusSummary } from './NodeStatusSummary';
import { PlannedNodeProgress } from './PlannedNodeProgress';

export interface NodeProgressProps {
  snapshot: TaskSnapshot;
  pools: readonly PlanningPool[];
  /** Whether this browser still has the plan submitted for the task (and so predicted waves). */
  planned: boolean;
  /** Why the node list or the pools could not be read in this poll, if so. */
  error: Error | null;
  onRetry: () => void;
}

/** Per-node progress: against the predicted waves when the plan is known, else as CCE reports the nodes. */
export function NodeProgress({ snapshot, pools, planned, error, onRetry }: NodeProgressProps) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" id={headingId}>Node progress</Typography>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : planned && snapshot.waves ? (
        <PlannedNodeProgress snapshot={snapshot} waves={snapshot.waves} pools={pools} />
      ) : (
        <>
          <Typography>
            Per-node progress is unavailable: this browser holds no record of the plan submitted for this task (it was
            submitted from another browser, or this browser’s storage was cleared), so the planner cannot predict its
            waves. The task-level progress above comes from CCE itself, and so do the node phases below.
          </Typography>
          <NodeStatusSummary snapshot={snapshot} pools={pools} />
        </>
      )}
    </Box>
  );
}
