import { QueryClient } from '@tanstack/react-query';
import { render, renderHook, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { AppProviders, createQueryClient } from '../app/providers';

/** The app's own QueryClient, for tests of its retry and refetch policy. */
export const appQueryClient = createQueryClient;

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

/** renderHook inside the app's providers, with a fresh never-retrying QueryClient. */
export function renderHookWithProviders<Result>(hook: () => Result, { queryClient = testQueryClient() }: { queryClient?: QueryClient } = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => <AppProviders queryClient={queryClient}>{children}</AppProviders>;
  return { ...renderHook(hook, { wrapper }), queryClient };
}
