import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { CssBaseline } from '@mui/material';
// MUI's own ThemeProvider also brings the CSS-variables provider (color schemes) this theme does not use: 2 kB gzip.
import { ThemeProvider } from '@mui/system';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { retryDelay, retryTransient } from '../lib/retry-policy';
import { cspNonce } from '../lib/csp-nonce';
import { theme } from './theme';

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: retryTransient, retryDelay } } });
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
