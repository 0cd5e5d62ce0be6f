import { Alert, Typography } from '@mui/material';
import { useT } from '../../../i18n/parts/review';

/**
 * What happens to the plan after this page, by the planner's APPROVALS_REQUIRED: either it must be saved and approved
 * first, or Submit sends it straight away and the person must know that nobody else looks at it.
 */
export function ApprovalsNote({ approvalsRequired }: { approvalsRequired: number }) {
  const t = useT();
  if (approvalsRequired > 0) {
    return (
      <Alert severity="info" role="note" sx={{ mt: 3 }}>
        {t('review.approvals.required', { count: approvalsRequired })}
      </Alert>
    );
  }
  return (
    <Typography variant="body2" role="note" sx={{ mt: 3 }}>
      {t('review.approvals.none')}
    </Typography>
  );
}
