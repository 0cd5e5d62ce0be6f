import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../lib/api-client';
import { cspNonce } from '../lib/csp-nonce';
import { theme } from './theme';

/** Only failures that may pass are retried (CCE or the network hiccuped); a 4xx will answer the same again. */
function retryTransient(failureCount: number, error: unknown): boolean {
  const transient = !(error instanceof ApiError) || error.status >= 500 || error.status === 429;
  return transient && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: retryTransient } } });
}

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // The page's CSP admits only <style> tags carrying its nonce: emotion (and so MUI) adds it to each one.
  const [styleCache] = useState(() => createCache({ key: 'css', nonce: cspNonce() }));
  return (
    <QueryClientProvider client={client}>
      <CacheProvider value={styleCache}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          {children}
        </ThemeProvider>
      </CacheProvider>
    </QueryClientProvider>
  );
}
