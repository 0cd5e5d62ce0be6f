import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { AppProviders } from '../app/providers';

const testQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });

/**
 * Renders inside the app's providers with a fresh QueryClient that never retries (or the one given, e.g. the app's own
 * to test its retry policy), plus a userEvent session.
 */
export function renderWithProviders(
  ui: ReactElement,
  { queryClient = testQueryClient(), ...options }: Omit<RenderOptions, 'wrapper'> & { queryClient?: QueryClient } = {},
) {
  const user = userEvent.setup();
  const view = render(ui, { wrapper: ({ children }) => <AppProviders queryClient={queryClient}>{children}</AppProviders>, ...options });
  return { ...view, user, queryClient };
}
