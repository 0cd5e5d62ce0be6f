import { Alert, AlertTitle, Box } from '@mui/material';
import { useT } from '../../../../i18n/parts/review';

/** Whether the plan may be submitted, and if not every reason why with what to do. */
export function SubmitReadiness({ blockers }: { blockers: string[] }) {
  const t = useT();
  if (blockers.length === 0) {
    return (
      <Alert severity="success" role="note">
        <AlertTitle>{t('review.readiness.passed')}</AlertTitle>
        {t('review.readiness.passedBody')}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" role="note">
      <AlertTitle>{t('review.readiness.blocked')}</AlertTitle>
      <Box component="ul" aria-label={t('review.readiness.why')} sx={{ my: 0, pl: 2 }}>
        {blockers.map((blocker) => <li key={blocker}>{blocker}</li>)}
      </Box>
    </Alert>
  );
}
