import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import { projectId } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { UpgradeWizard } from './components/UpgradeWizard';

export function renderWizard() {
  const onSubmitted = vi.fn();
  const view = renderWithProviders(<UpgradeWizard projectId={projectId} onSubmitted={onSubmitted} />);
  return { ...view, onSubmitted };
}

export const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Next' }));

export async function pickCluster(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('radio', { name }));
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'Target version' });
}

/** Walks to the review step with prod-a and the given target; strategy values are set by the caller's callback. */
export async function walkToStrategy(user: UserEvent, version = 'v1.29') {
  await pickCluster(user, 'prod-a');
  await user.click(await screen.findByRole('radio', { name: version }));
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'Rollout strategy' });
}
