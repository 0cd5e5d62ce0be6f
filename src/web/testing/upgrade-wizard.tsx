import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { emptyPlan, type Plan } from '../../shared/plan';
import { ids, projectId } from './fixtures';
import { renderWithProviders } from './render';
import { UpgradeWizard } from '../features/upgrade-wizard/components/UpgradeWizard';
import type { SafeSubmitTiming } from '../features/upgrade-wizard/safe-submit-state';
import { steps } from '../features/upgrade-wizard/steps';
import { DRAFT_KEY, type ReviseLink } from '../features/upgrade-wizard/draft-storage';

/** Polls and the reconcile window shortened so tests wait milliseconds, not seconds. */
export const fastTiming: SafeSubmitTiming = { preCheckPollMs: 20, reconcilePollMs: 20, reconcileWindowMs: 150 };

/** Renders the wizard as the app does; `revise` opens a saved revision to edit, as the plan page's Revise does. */
export function renderWizard(timing = fastTiming, { revise, undoMs }: { revise?: ReviseLink; undoMs?: number } = {}) {
  const onSubmitted = vi.fn();
  const onSaved = vi.fn();
  const view = renderWithProviders(
    <UpgradeWizard
      projectId={projectId}
      onSubmitted={onSubmitted}
      onSaved={onSaved}
      timing={timing}
      {...(revise ? { revise } : {})}
      {...(undoMs === undefined ? {} : { undoMs })}
    />,
  );
  return { ...view, onSubmitted, onSaved };
}

// A step's buttons appear once its code and data are there.
export const next = async (user: UserEvent) => user.click(await screen.findByRole('button', { name: 'Next' }));

export async function pickCluster(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('radio', { name }));
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'Target version' });
  await stepLoaded('Target version');
}

/** Walks from the cluster step to the strategy step with prod-a and the given target. */
export async function walkToStrategy(user: UserEvent, version = 'v1.29') {
  await pickCluster(user, 'prod-a');
  await user.click(await screen.findByRole('radio', { name: version }));
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'Rollout strategy' });
  await stepLoaded('Rollout strategy');
}



/**
 * Stores a draft for prod-a → v1.29 (or the plan given) open on a step, as a reload finds it: the wizard, or the app
 * around it, then starts on that step instead of being clicked there from the first one.
 */
export function storeDraftAt(stepId: string, plan: Partial<Plan> = {}) {
  // Opened from the bare address, as a new tab would: an address left by an earlier render in the test would name its own step.
  window.history.replaceState(null, '', '/');
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ stepId, plan: { ...emptyPlan(ids.prod), targetVersion: 'v1.29', ...plan } }));
}

/** Opens the wizard on a step with a stored draft for prod-a → v1.29, as after a reload. */
export function renderWizardAt(stepId: string, plan: Partial<Plan> = {}, timing = fastTiming) {
  storeDraftAt(stepId, plan);
  return renderWizard(timing);
}

/** Clicks Next until the step with this heading shows, passing the steps in between untouched. */
export async function nextUntil(user: UserEvent, heading: string) {
  for (let guard = 0; guard < steps.length && !screen.queryByRole('heading', { level: 2, name: heading }); guard++) {
    const current = screen.getByRole('heading', { level: 2 }).textContent;
    await next(user);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe(current));
  }
  await stepLoaded(heading);
  return screen.getByRole('heading', { level: 2, name: heading });
}

/** Waits until a step fetched on demand has replaced its loading spinner. */
export async function stepLoaded(label: string) {
  await waitFor(() => expect(screen.queryByRole('progressbar', { name: `Loading ${label}` })).not.toBeInTheDocument());
}

export async function findRunButton(name = 'Run pre-upgrade check') {
  const button = await screen.findByRole('button', { name });
  // Enabled once the cluster's current version (upgradeinfo) is known.
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

/** Runs the pre-upgrade check on the review step and waits for it to pass (the happy handlers report no findings). */
export async function passPreCheck(user: UserEvent) {
  await user.click(await findRunButton());
  await screen.findByText('The pre-upgrade check passed');
}

/** Submit, then confirm in the dialog by typing the cluster name. */
export async function confirmSubmit(user: UserEvent, clusterName = 'prod-a') {
  await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByRole('textbox', { name: 'Type the cluster name to confirm' }), clusterName);
  return dialog;
}
