import { Button, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { useCheckDrift } from '../api/plan-mutations';
import { formatTime } from '../plan-words';
import { DriftList } from './DriftList';
import { PlanSection } from './PlanSection';

/** Compares the saved snapshot with the cluster now, so a reviewer knows whether what they approve still holds. */
export function DriftCheck({ planId, revision }: { planId: string; revision: number }) {
  const drift = useCheckDrift(planId, revision);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (drift.data) heading.current?.focus();
  }, [drift.data]);
  return (
    <PlanSection title="Drift">
      <Typography>Nothing is sent to CCE but reads: the planner takes a fresh snapshot and compares it with this revision’s.</Typography>
      <Button variant="outlined" sx={{ mt: 1 }} disabled={drift.isPending} onClick={() => drift.mutate()}>
        {drift.isPending ? 'Checking the cluster…' : 'Check the cluster now'}
      </Button>
      {drift.isError && <ErrorState error={drift.error} onRetry={() => drift.mutate()} />}
      {drift.data && (
        <>
          <DriftList
            ref={heading}
            heading={drift.data.drift.length === 0 ? 'The cluster is unchanged since this revision was saved' : 'The cluster changed since this revision was saved'}
            items={drift.data.drift}
          />
          <Typography variant="body2" color="text.secondary">Checked {formatTime(drift.data.checkedAt)}.</Typography>
        </>
      )}
    </PlanSection>
  );
}
