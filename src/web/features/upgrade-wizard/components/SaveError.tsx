import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { ErrorState } from '../../../components/ErrorState';
import { RouterLink } from '../../../components/RouterLink';
import { isRevisionStale } from '../api/save-plan';
import type { ReviseLink } from '../draft-storage';
import { Trans, useT } from '../../../i18n/parts/wizard';

/** Why the plan was not saved; a stale revision is no transient failure, so it says what to do instead of retrying. */
export function SaveError({ error, revise }: { error: unknown; revise: ReviseLink | null }) {
  const t = useT();
  return (
    <Box sx={{ mt: 3 }}>
      {revise && isRevisionStale(error) ? (
        <Alert severity="error">
          <AlertTitle>{t('wizard.saveError.staleTitle')}</AlertTitle>
          <Typography variant="body2">{t('wizard.saveError.staleBody', { revision: revise.revision })}</Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            <Trans id="wizard.saveError.openPlan" components={{ 0: <RouterLink href={`/plans/${encodeURIComponent(revise.planId)}`} /> }} />
          </Typography>
          {error.requestId && (
            <Typography variant="caption" component="p">{t('error.requestId', { requestId: error.requestId })}</Typography>
          )}
        </Alert>
      ) : (
        <ErrorState error={error} />
      )}
    </Box>
  );
}
