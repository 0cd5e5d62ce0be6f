import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { CssBaseline } from '@mui/material';
// MUI's own ThemeProvider also brings the CSS-variables provider (color schemes) this theme does not use: 2 kB gzip.
import { ThemeProvider } from '@mui/system';
import { I18nProvider, useLingui } from '@lingui/react';
import { i18n } from '@lingui/core';
import { createTheme } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { muiLocalization } from '../i18n/i18n';
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
        <I18nProvider i18n={i18n}>
          <LocalizedTheme>
            <CssBaseline />
            {children}
          </LocalizedTheme>
        </I18nProvider>
      </CacheProvider>
    </QueryClientProvider>
  );
}

/** The theme with MUI's own texts in the active language. */
function LocalizedTheme({ children }: { children: ReactNode }) {
  const { i18n: active } = useLingui();
  const localization = muiLocalization(active.locale);
  const localized = useMemo(() => (localization ? createTheme(theme, localization) : theme), [localization]);
  return <ThemeProvider theme={localized}>{children}</ThemeProvider>;
}
