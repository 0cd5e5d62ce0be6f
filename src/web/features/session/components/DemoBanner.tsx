import { Alert, AlertTitle, Typography } from '@mui/material';
import type { PlannerSession } from '../../../../shared/bff-api';
import { useT } from '../../../i18n/i18n';

export function DemoBanner({ session }: { session: PlannerSession }) {
  const t = useT();
  const where = { region: session.region, projectId: session.projectId };
  if (session.mode !== 'demo') {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        {t('session.connected', where)}
      </Typography>
    );
  }
  return (
    // A project id is 32 characters without a break: on a 360 px phone it would make the message scroll sideways.
    <Alert severity="info" role="status" sx={{ mb: 3, overflowWrap: 'anywhere' }}>
      <AlertTitle>{t('session.demoTitle')}</AlertTitle>
      {t('session.demoWhere', where)}
    </Alert>
  );
}
