import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan } from '../../../shared/plan';
import { ids } from '../../testing/fixtures';
import { next, nextUntil, renderWizard, renderWizardAt, storeDraftAt, walkToStrategy } from '../../testing/upgrade-wizard';
import { DRAFT_KEY } from './draft-storage';

const heading = () => screen.getByRole('heading', { level: 2 });
const stepper = () => screen.getByRole('navigation', { name: 'Wizard steps' });
const storedDraft = () => JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null');
const stepSize = () => screen.getByRole('spinbutton', { name: 'Node step size' });

/** The browser's Back or Forward: jsdom fires popstate on a later task, as a browser does. */
async function traverse(delta: -1 | 1, expected: string) {
  act(() => window.history.go(delta));
  expect(await screen.findByRole('heading', { level: 2, name: expected })).toBeInTheDocument();
}

describe('wizard navigation', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives every step its own address, and Back and Forward move between steps keeping the plan', { timeout: 90_000 }, async () => {
    const { user } = renderWizard();
    expect(await screen.findByRole('radio', { name: 'prod-a' })).toBeInTheDocument();
    // The bare address opens the draft's step and names it, in place.
    expect(window.location.pathname).toBe('/plan/cluster');
    const entries = window.history.length;
    await walkToStrategy(user);
    expect(window.location.pathname).toBe('/plan/strategy');
    expect(window.history.length).toBe(entries + 2);
    await user.clear(stepSize());
    await user.type(stepSize(), '7');
    await nextUntil(user, 'Node pool order');
    expect(window.location.pathname).toBe('/plan/pool-order');

    await traverse(-1, 'Rollout strategy');
    expect(window.location.pathname).toBe('/plan/strategy');
    expect(stepSize()).toHaveValue(7);
    // The new step's heading takes the focus, as after Next.
    expect(heading()).toHaveFocus();
    await traverse(-1, 'Target version');
    expect(screen.getByRole('radio', { name: 'v1.29' })).toBeChecked();
    await traverse(1, 'Rollout strategy');
    expect(stepSize()).toHaveValue(7);
    await traverse(1, 'Node pool order');
    expect(storedDraft()).toMatchObject({ stepId: 'pool-order', plan: { clusterId: ids.prod, targetVersion: 'v1.29', userDefinedStep: 7 } });
  });

  it('opens a later step from its address only when the steps before it are complete, correcting the address otherwise', async () => {
    window.history.replaceState(null, '', '/plan/addons');
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ stepId: 'cluster', plan: emptyPlan(ids.prod) }));
    renderWizard();
    expect(heading()).toHaveTextContent('Target version');
    await waitFor(() => expect(window.location.pathname).toBe('/plan/version'));
  });

  it('opens a step from its address, as after a reload, when the plan has got that far', async () => {
    storeDraftAt('strategy');
    window.history.replaceState(null, '', '/plan/node-batches');
    renderWizard();
    expect(heading()).toHaveTextContent('Node batches');
    expect(window.location.pathname).toBe('/plan/node-batches');
  });

  it('lets the stepper open the steps already reached, by mouse or keyboard, and no step beyond them', async () => {
    const { user } = renderWizard();
    await walkToStrategy(user);
    const nav = stepper();
    expect(within(nav).getByRole('tab', { name: 'Rollout strategy' })).toHaveAttribute('aria-current', 'step');
    expect(within(nav).getByRole('tab', { name: 'Node pool order' })).toBeDisabled();
    expect(within(nav).getByRole('tab', { name: 'Review and submit' })).toBeDisabled();

    await user.click(within(nav).getByRole('tab', { name: 'Cluster' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Cluster' })).toHaveFocus();
    expect(window.location.pathname).toBe('/plan/cluster');
    expect(within(stepper()).getByRole('tab', { name: 'Cluster' })).toHaveAttribute('aria-current', 'step');

    // Forward again to a step already reached, from the keyboard.
    within(stepper()).getByRole('tab', { name: 'Rollout strategy' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Rollout strategy' })).toHaveFocus();
    expect(await screen.findByRole('radio', { name: 'Across the cluster (Cluster)' })).toBeChecked();
  });

  it('does not jump forward past a step that is not complete', async () => {
    const { user } = renderWizardAt('strategy');
    await user.click(within(stepper()).getByRole('tab', { name: 'Cluster' }));
    await screen.findByRole('heading', { level: 2, name: 'Cluster' });
    await user.click(await screen.findByRole('radio', { name: 'edge-b' }));
    // Another cluster clears the target version: the strategy step, reached before, cannot be opened until it is chosen.
    await user.click(within(stepper()).getByRole('tab', { name: 'Rollout strategy' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/plan/version');
  });

  it('shows a compact stepper on a phone: where the plan stands, and a menu of the steps reached', async () => {
    // Below MUI's sm breakpoint (600 px): every max-width query matches.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }));
    const { user } = renderWizardAt('strategy');
    const nav = stepper();
    expect(nav).toHaveTextContent('Step 3 of 7 · Rollout strategy');
    expect(within(nav).getByRole('progressbar', { name: 'Step 3 of 7' })).toBeInTheDocument();
    expect(within(nav).queryByRole('tab', { name: 'Cluster' })).not.toBeInTheDocument();

    await user.click(within(nav).getByRole('button', { name: 'All steps' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: /Rollout strategy/ })).toHaveAttribute('aria-current', 'step');
    expect(within(menu).getByRole('menuitem', { name: /Node pool order/ })).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(menu).getByRole('menuitem', { name: /Target version/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/plan/version');
  });

  it('asks before starting over, naming the plan, and Undo restores the plan, its step and its submit state', async () => {
    const { user } = renderWizardAt('strategy', { userDefinedStep: 7, scope: 'NodePool' });
    await screen.findByRole('spinbutton', { name: 'Node step size' });
    const before = storedDraft();

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    let dialog = await screen.findByRole('dialog', { name: 'Start over with a new plan?' });
    await waitFor(() => expect(dialog).toHaveTextContent('This discards the plan to upgrade prod-a to v1.29'));
    await user.click(within(dialog).getByRole('button', { name: 'Keep the plan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(heading()).toHaveTextContent('Rollout strategy');
    expect(storedDraft()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    dialog = await screen.findByRole('dialog', { name: 'Start over with a new plan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard the plan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Cluster' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'prod-a' })).not.toBeChecked();
    expect(storedDraft().safeSubmit.idempotencyKey).not.toBe(before.safeSubmit.idempotencyKey);
    expect(window.location.pathname).toBe('/plan/cluster');

    const snackbar = await screen.findByText('The plan was discarded. You are starting over.');
    await user.click(within(snackbar.closest('.MuiSnackbarContent-root') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeInTheDocument();
    expect(stepSize()).toHaveValue(7);
    expect(window.location.pathname).toBe('/plan/strategy');
    await waitFor(() => expect(storedDraft()).toEqual(before));
    expect(screen.queryByText('The plan was discarded. You are starting over.')).not.toBeInTheDocument();
  });

  it('takes the undo away once its time is up', async () => {
    storeDraftAt('strategy');
    const { user } = renderWizard(undefined, { undoMs: 3_000 });
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard the plan' }));
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument());
    expect(heading()).toHaveTextContent('Cluster');
    expect(storedDraft().plan.clusterId).toBe('');
  });

  it('keeps the step a plan was left on when the bare address opens it again', async () => {
    const { user } = renderWizardAt('strategy');
    await next(user);
    expect(await screen.findByRole('heading', { level: 2, name: 'Node pool order' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/plan/pool-order');
  });
});
