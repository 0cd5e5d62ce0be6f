import { Box, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { Revision } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useRevisionChanges } from '../use-revision-changes';
import { JsonDiff } from './JsonDiff';
import { PlanSection } from './PlanSection';

/** The changes in words; the list comes from the shared revision diff, so the page never invents its own. */
export function ChangeList({ changes }: { changes: readonly string[] }) {
  if (changes.length === 0) return <Typography>Nothing the planner compares changed; the request text below may still differ.</Typography>;
  return (
    <Box component="ul" aria-label="Changes" sx={{ my: 0, pl: 3 }}>
      {changes.map((change) => <li key={change}>{change}</li>)}
    </Box>
  );
}

function Comparison({ revision, base }: { revision: Revision; base: number }) {
  const { before, changes, lines } = useRevisionChanges(revision, base);
  if (before.isPending) return <LoadingState label={`Loading revision ${base}`} />;
  if (before.isError) return <ErrorState error={before.error} onRetry={() => void before.refetch()} />;
  return (
    <>
      <ChangeList changes={changes} />
      <Typography variant="h3" sx={{ mt: 2, mb: 1 }}>Request JSON, revision {base} → {revision.revision}</Typography>
      <JsonDiff lines={lines} label={`Request JSON changes from revision ${base} to ${revision.revision}`} />
    </>
  );
}

/** What a reviewer needs when a plan comes back: what changed since the revision they last saw (the previous one by default). */
export function RevisionChanges({ revision }: { revision: Revision }) {
  const selectId = useId();
  const [base, setBase] = useState(revision.revision - 1);
  const earlier = Array.from({ length: revision.revision - 1 }, (_, index) => revision.revision - 1 - index);
  return (
    <PlanSection title={`What changed since revision ${base}`}>
      {earlier.length > 1 && (
        <Box sx={{ mb: 2 }}>
          <label htmlFor={selectId}>Compare with revision </label>
          <select id={selectId} value={base} onChange={(event) => setBase(Number(event.target.value))}>
            {earlier.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </Box>
      )}
      <Comparison revision={revision} base={base} />
    </PlanSection>
  );
}
