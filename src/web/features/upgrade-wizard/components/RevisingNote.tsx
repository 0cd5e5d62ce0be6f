import { Alert } from '@mui/material';
import { RouterLink } from '../../../components/RouterLink';
import type { ReviseLink } from '../draft-storage';

/** Says, before anything else, that this page edits a saved plan and what saving will make of it. */
export function RevisingNote({ revise }: { revise: ReviseLink }) {
  return (
    <Alert severity="info" role="note" aria-label="Revising a saved plan" sx={{ mb: 2 }}>
      Editing plan{' '}
      <RouterLink href={`/plans/${encodeURIComponent(revise.planId)}`}>{revise.planId.slice(0, 8)}</RouterLink>{' '}
      revision {revise.revision}: saving makes revision {revise.revision + 1}.
    </Alert>
  );
}
