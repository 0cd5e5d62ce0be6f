import { Alert, Button, Stack, Typography } from '@mui/material';
import type { SignedOutReason } from '../../../../shared/bff-api';
import { signInUrl } from '../../../lib/sign-in';
import { type MessageId, useT } from '../../../i18n/i18n';

const messages: Record<SignedOutReason, { severity: 'info' | 'warning' | 'error'; text: MessageId }> = {
  'signed-out': { severity: 'info', text: 'signedOut.reason.signed-out' },
  'no-role': { severity: 'warning', text: 'signedOut.reason.no-role' },
  failed: { severity: 'error', text: 'signedOut.reason.failed' },
};

/** Shown when the BFF sent the browser back signed out, saying why; signing in again after a sign-out asks for credentials. */
export function SignedOut({ reason }: { reason: SignedOutReason }) {
  const t = useT();
  const { severity, text } = messages[reason];
  return (
    <Stack spacing={3} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h1">{t('signedOut.heading')}</Typography>
      <Alert severity={severity} role="status">{t(text)}</Alert>
      <Button variant="contained" href={signInUrl('/', { forceLogin: reason === 'signed-out' })}>{t('signedOut.signIn')}</Button>
    </Stack>
  );
}
