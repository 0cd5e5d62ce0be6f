import { Alert, Button, Stack, Typography } from '@mui/material';
import type { SignedOutReason } from '../../../../shared/bff-api';
import { signInUrl } from '../../../lib/sign-in';

const messages: Record<SignedOutReason, { severity: 'info' | 'warning' | 'error'; text: string }> = {
  'signed-out': { severity: 'info', text: 'You have signed out.' },
  'no-role': {
    severity: 'warning',
    text: 'You signed in, but your account is in no group allowed to use the planner. Ask your administrator to add you to a viewer or operator group, then sign in again.',
  },
  failed: { severity: 'error', text: 'Sign-in did not complete (it may have taken too long, or was started in another tab). Sign in again.' },
};

/** Shown when the BFF sent the browser back signed out, saying why; signing in again after a sign-out asks for credentials. */
export function SignedOut({ reason }: { reason: SignedOutReason }) {
  const { severity, text } = messages[reason];
  return (
    <Stack spacing={3} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h1">Sign in to the CCE Upgrade Planner</Typography>
      <Alert severity={severity} role="status">{text}</Alert>
      <Button variant="contained" href={signInUrl('/', { forceLogin: reason === 'signed-out' })}>Sign in</Button>
    </Stack>
  );
}
