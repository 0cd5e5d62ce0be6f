import { Button, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../../lib/describe-error';
import { sessionQueries } from '../../../lib/session-queries';
import { useSignOut } from '../api/sign-out';
import type { SessionUser } from '../../../../shared/bff-api';
import { type MessageId, useT } from '../../../i18n/i18n';

/** Who is signed in, and the way out; nothing without sign-in configured. */
const roleNames = { viewer: 'session.role.viewer', operator: 'session.role.operator' } as const satisfies Record<SessionUser['role'], MessageId>;

export function SignedInUser() {
  const t = useT();
  const { data } = useQuery(sessionQueries.current());
  const signOut = useSignOut();
  if (!data?.user) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ ml: 'auto', alignItems: 'center' }}>
      <Typography variant="body2">
        {t('session.signedInAs', { name: data.user.name, role: t(roleNames[data.user.role]) })}
      </Typography>
      <Button color="inherit" variant="outlined" size="small" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {signOut.isPending ? t('session.signingOut') : t('session.signOut')}
      </Button>
      {signOut.isError && <Typography variant="body2" role="alert">{t('session.signOutFailed', { message: describeError(signOut.error).detail })}</Typography>}
    </Stack>
  );
}
