import { Alert, AlertTitle, Box } from '@mui/material';

/** Whether the plan may be submitted, and if not every reason why with what to do. */
export function SubmitReadiness({ blockers }: { blockers: string[] }) {
  if (blockers.length === 0) {
    return (
      <Alert severity="success" role="note">
        <AlertTitle>The pre-upgrade check passed</AlertTitle>
        Nothing it found blocks this plan. Whether CCE repeats its own check when the upgrade starts is your choice: see “Skip CCE’s own
        pre-upgrade check” above the request body.
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
