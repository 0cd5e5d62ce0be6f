import { Alert, AlertTitle, Typography } from '@mui/material';
import type { PlannerSession } from '../../../../shared/bff-api';

export function DemoBanner({ session }: { session: PlannerSession }) {
  if (session.mode !== 'demo') {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        Connected to Huawei Cloud CCE — region {session.region} · project {session.projectId}
      </Typography>
    );
  }
  return (
    // A project id is 32 characters without a break: on a 360 px phone it would make the message scroll sideways.
    <Alert severity="info" role="status" sx={{ mb: 3, overflowWrap: 'anywhere' }}>
      <AlertTitle>Demo mode — you are planning against a built-in CCE simulator; nothing reaches Huawei Cloud.</AlertTitle>
      Region {session.region} · project {session.projectId}
    </Alert>
  );
}
