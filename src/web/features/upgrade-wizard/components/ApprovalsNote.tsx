import { Alert, Typography } from '@mui/material';

const approvals = (n: number) => (n === 1 ? '1 approval from another operator' : `${n} approvals from other operators`);

/**
 * What happens to the plan after this page, by the planner's APPROVALS_REQUIRED: either it must be saved and approved
 * first, or Submit sends it straight away and the person must know that nobody else looks at it.
 */
export function ApprovalsNote({ approvalsRequired }: { approvalsRequired: number }) {
  if (approvalsRequired > 0) {
    return (
      <Alert severity="info" role="note" sx={{ mt: 3 }}>
        This planner needs {approvals(approvalsRequired)} before a plan is submitted: save it for review, share the link, and
        submit it from the plan page once approved.
      </Alert>
    );
  }
  return (
    <Typography variant="body2" role="note" sx={{ mt: 3 }}>
      Nobody else will review this plan: this planner needs no approvals, so Submit upgrade sends it to CCE once you
      confirm. Save it for review instead if you want another operator to look at it first.
    </Typography>
  );
}
