import { Button, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '../../../lib/session-queries';
import { useSignOut } from '../api/sign-out';

/** Who is signed in, and the way out; nothing without sign-in configured. */
export function SignedInUser() {
  const { data } = useQuery(sessionQueries.current());
  const signOut = useSignOut();
  if (!data?.user) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ ml: 'auto', alignItems: 'center' }}>
      <Typography variant="body2">
        Signed in as <strong>{data.user.name}</strong> ({data.user.role})
      </Typography>
      <Button color="inherit" variant="outlined" size="small" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </Button>
      {signOut.isError && <Typography variant="body2" role="alert">Sign-out failed: {signOut.error.message}. Try again.</Typography>}
    </Stack>
  );
}
