import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { ErrorState } from '../../../components/ErrorState';
import { RouterLink } from '../../../components/RouterLink';
import { isRevisionStale } from '../api/save-plan';
import type { ReviseLink } from '../draft-storage';

/** Why the plan was not saved; a stale revision is no transient failure, so it says what to do instead of retrying. */
export function SaveError({ error, revise }: { error: unknown; revise: ReviseLink | null }) {
  return (
    <Box sx={{ mt: 3 }}>
      {revise && isRevisionStale(error) ? (
        <Alert severity="error">
          <AlertTitle>A newer revision of this plan exists</AlertTitle>
          <Typography variant="body2">
            Someone saved a revision after revision {revise.revision}, or the plan was submitted, so this one was not saved.
            Your changes are kept here.
          </Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            <RouterLink href={`/plans/${encodeURIComponent(revise.planId)}`}>Open the plan</RouterLink> to see its latest revision
            and revise that one.
          </Typography>
          {error.requestId && <Typography variant="caption" component="p">Request id: {error.requestId}</Typography>}
        </Alert>
      ) : (
        <ErrorState error={error} />
      )}
    </Box>
  );
}
