import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { AppProviders } from '../app/providers';

/** Renders inside the app's providers with a fresh QueryClient that never retries, plus a userEvent session. */
export function renderWithProviders(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const view = render(ui, { wrapper: ({ children }) => <AppProviders queryClient={queryClient}>{children}</AppProviders>, ...options });
  return { ...view, user, queryClient };
}
