import { Alert, AlertTitle, Box } from '@mui/material';

/** Whether the plan may be submitted, and if not every reason why with what to do. */
export function SubmitReadiness({ blockers }: { blockers: string[] }) {
  if (blockers.length === 0) {
    return (
      <Alert severity="success" role="note">
        <AlertTitle>The pre-upgrade check passed</AlertTitle>
        The request now carries <code>"isOnlyUpgrade": true</code>, so CCE does not repeat its own check when the upgrade starts.
      </Alert>
    );
  }
  return (
    <Alert severity="warning" role="note">
      <AlertTitle>Submit is blocked</AlertTitle>
      <Box component="ul" aria-label="Why submit is blocked" sx={{ my: 0, pl: 2 }}>
        {blockers.map((blocker) => <li key={blocker}>{blocker}</li>)}
      </Box>
    </Alert>
  );
}
