import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '../../testing/fixtures';
import { next, renderWizard, renderWizardAt, walkToStrategy } from '../../testing/upgrade-wizard';
import { DEFAULT_SETTINGS, SCHEDULE_KEY } from './schedule-settings';

describe('strategy step', () => {
  it('defaults to step 20 with Cluster scope, names both scopes in words with CCE’s value, and sizes the cluster as the cluster step does', async () => {
    const { user } = renderWizard();
    await walkToStrategy(user);
    expect(screen.getByRole('spinbutton', { name: 'Node step size' })).toHaveValue(20);
    expect(screen.getByRole('spinbutton', { name: 'Node step size' })).toHaveAccessibleDescription('The most nodes upgraded at once: 1–40, default 20.');
    expect(screen.getByRole('radio', { name: 'Across the cluster (Cluster)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Across the cluster (Cluster)' })).toHaveAccessibleDescription(/keep growing across node pools/);
    expect(screen.getByRole('radio', { name: 'Within each node pool (NodePool)' })).toHaveAccessibleDescription(/start again at 1 in every node pool/);
    expect(await screen.findByText('10 nodes in 4 node pools')).toBeInTheDocument();
  });

  it.each([
    ['0', 'must be at least 1'],
    ['41', 'must be at most 40'],
    ['', 'must be a whole number'],
  ])('step size %j shows "%s" and blocks Next', async (typed, message) => {
    const { user } = renderWizardAt('strategy');
    const input = screen.getByRole('spinbutton', { name: 'Node step size' });
    await user.clear(input);
    if (typed) await user.type(input, typed);
    await next(user);
    expect(await screen.findByText(`Node step size ${message}`)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(`Node step size ${message}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeInTheDocument();
  });

  it('accepts the bounds and moves on to the pool order', async () => {
    const { user } = renderWizardAt('strategy');
    const input = screen.getByRole('spinbutton', { name: 'Node step size' });
    await user.clear(input);
    await user.type(input, '40');
    await next(user);
    expect(await screen.findByRole('heading', { level: 2, name: 'Node pool order' })).toBeInTheDocument();
  });

  it('shows the consequence of the strategy at once: a window the plan overruns, the smallest change that fits, applied in one click', async () => {
    const { user } = renderWizardAt('strategy', { userDefinedStep: 1, scope: 'NodePool' });
    expect(await screen.findByRole('heading', { level: 3, name: 'Rollout timeline' })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: /timeline/i })).toBeInTheDocument();
    // The estimate settles once the installed add-ons are known (CCE moves two of them after the cluster).
    expect(await screen.findByText(/add-ons upgraded after the cluster/)).toBeInTheDocument();
    const before = screen.getByText(/^Estimated duration: /).textContent;
    await user.type(screen.getByRole('spinbutton', { name: 'Length in hours' }), '2');
    const overrun = await screen.findByText(/At the slow end of the estimate the plan overruns the window by/);
    // Steps alone do not get ten nodes in four pools through two hours when every pool starts again at 1.
    expect(overrun).toHaveTextContent('Smallest change that fits: Change the step scope to “Across the cluster (Cluster)” and raise the step size to 3.');
    await user.click(screen.getByRole('button', { name: 'Apply this change' }));
    expect(await screen.findByText('The plan fits the window, even at the slow end of the estimate.')).toBeInTheDocument();
    expect(screen.getByText(/^Estimated duration: /).textContent).not.toBe(before);
    // The change is the plan's own: both fields on this page moved.
    expect(screen.getByRole('spinbutton', { name: 'Node step size' })).toHaveValue(3);
    expect(screen.getByRole('radio', { name: 'Across the cluster (Cluster)' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Apply this change' })).not.toBeInTheDocument();
  });

  it('judges no stale window: a length out of range says why and the plan has no window until it is fixed', async () => {
    const { user } = renderWizardAt('strategy', { userDefinedStep: 1, scope: 'NodePool' });
    const hours = await screen.findByRole('spinbutton', { name: 'Length in hours' });
    await user.type(hours, '2');
    expect(await screen.findByText(/overruns the window by/)).toBeInTheDocument();
    await user.clear(hours);
    await user.type(hours, '200');
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveAccessibleDescription('The plan has no window until this is fixed. The length must be from 0.25 to 168 hours.');
    expect(screen.queryByText(/overruns the window by/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Window: /)).not.toBeInTheDocument();
  });

  it('splits the pools across two windows when no step or scope fits one, with each window’s own estimate', async () => {
    const { user } = renderWizardAt('strategy', { userDefinedStep: 1, scope: 'NodePool' });
    expect(await screen.findByText(/add-ons upgraded after the cluster/)).toBeInTheDocument();
    await user.type(screen.getByRole('spinbutton', { name: 'Length in hours' }), '1.5');
    const overrun = await screen.findByText(/overruns the window by/);
    expect(overrun).toHaveTextContent(
      'Smallest change that fits: With step size 2 and step scope “Within each node pool (NodePool)”, upgrade in two windows: first DefaultPool, gpu-inference, arm-batch (36 min to 1 h 23 min, then pause the upgrade); then continue with general-x86 (26 min to 1 h 3 min).',
    );
    // Two windows are two sittings of the operator, not a field of the request: nothing to apply in one click.
    expect(screen.queryByRole('button', { name: 'Apply this change' })).not.toBeInTheDocument();
  });

  it('says when the window has already passed, with its date in its own zone', async () => {
    localStorage.setItem(SCHEDULE_KEY, JSON.stringify({ [ids.prod]: { ...DEFAULT_SETTINGS, window: { start: '2020-01-04T22:00', timeZone: 'Asia/Shanghai', minutes: 360 } } }));
    renderWizardAt('strategy');
    expect(await screen.findByText('This window has already begun or passed: set the next one to judge the plan against it.')).toBeInTheDocument();
    // In the window’s own zone (UTC+8), with its date: whatever the locale’s word order, the day and the zone are there.
    expect(screen.getByText(/^Window: from /)).toHaveTextContent(/^Window: from .*4.*GMT\+8 to .*5.*GMT\+8 \(6 h\)/);
  });
});

