import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import type { PlanningPool } from '../../../../shared/inventory';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../i18n/parts/task';
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
  const t = useT();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" id={headingId}>{t('task.nodes.heading')}</Typography>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : planned && snapshot.waves ? (
        <PlannedNodeProgress snapshot={snapshot} waves={snapshot.waves} pools={pools} />
      ) : (
        <>
          <Typography>{t('task.nodes.unplanned')}</Typography>
          <NodeStatusSummary snapshot={snapshot} pools={pools} />
        </>
      )}
    </Box>
  );
}
