import { useMutation } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { SIGN_OUT_PATH, SIGNED_OUT_PARAM } from '../../../../shared/bff-api';
import { apiFetch } from '../../../lib/api-client';
import { setSigningOut } from '../../../lib/sign-in';

/** Ends the BFF session, then reloads signed out, so nothing of the last user stays in memory. */
export function useSignOut() {
  return useMutation({
    mutationFn: () => apiFetch({ url: SIGN_OUT_PATH, schema: z.unknown(), init: { method: 'POST' } }),
    onMutate: () => setSigningOut(true),
    onError: () => setSigningOut(false),
    onSuccess: () => window.location.assign(`/?${SIGNED_OUT_PARAM}=signed-out`),
  });
}
