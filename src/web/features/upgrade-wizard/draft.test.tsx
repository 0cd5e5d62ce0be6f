import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../shared/plan';
import { ids } from '../../testing/fixtures';
import { next, renderWizard, renderWizardAt } from '../../testing/upgrade-wizard';
import { DRAFT_KEY } from './draft-storage';


describe('draft persistence', () => {
  it('restores the step and the values after a remount', async () => {
    const first = renderWizardAt('version', { targetVersion: '' });
    await first.user.click(await screen.findByRole('radio', { name: 'v1.30' }));
    await next(first.user);
    await screen.findByRole('heading', { level: 2, name: 'Rollout strategy' });
    const input = await screen.findByRole('spinbutton', { name: 'Node step size' });
    await first.user.clear(input);
    await first.user.type(input, '12');
    await first.user.click(screen.getByRole('radio', { name: 'Within each node pool (NodePool)' }));
    first.unmount();

    const second = renderWizard();
    expect(screen.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Node step size' })).toHaveValue(12);
    expect(screen.getByRole('radio', { name: 'Within each node pool (NodePool)' })).toBeChecked();
    await second.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: 'v1.30' })).toBeChecked();
  });

  it('keeps the last valid draft while a value is half typed', async () => {
    const first = renderWizardAt('strategy');
    await first.user.clear(screen.getByRole('spinbutton', { name: 'Node step size' }));
    first.unmount();

    renderWizard();
    expect(screen.getByRole('spinbutton', { name: 'Node step size' })).toHaveValue(20);
  });

  it('discards a draft that no longer parses', async () => {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ stepId: 'review', plan: { ...emptyPlan(ids.prod), targetVersion: 'v1.29', userDefinedStep: 99 } }));
    renderWizard();
    expect(await screen.findByRole('radio', { name: 'prod-a' })).not.toBeChecked();
    expect(screen.getByRole('heading', { level: 2, name: 'Cluster' })).toBeInTheDocument();
    // Parsed, not searched: the draft's random idempotency key may contain "99" too.
    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null').plan.userDefinedStep).toBe(20);
  });

  it('resumes at the first step that is not complete yet', async () => {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ stepId: 'review', plan: emptyPlan(ids.prod) }));
    const { user } = renderWizard();
    expect(screen.getByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: 'v1.29' }));
    await next(user);
    expect(await screen.findByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeInTheDocument();
  });

  it('starts over on request, with a new idempotency key for the new plan', async () => {
    const { user } = renderWizardAt('strategy');
    const key = () => JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}').safeSubmit?.idempotencyKey;
    const first = key();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard the plan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Cluster' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'prod-a' })).not.toBeChecked();
    expect(key()).toMatch(/^[0-9a-f-]{36}$/);
    expect(key()).not.toBe(first);
  });

  it('keeps a draft stored before safe submit and saved plans existed, giving it a key and making it a new plan', async () => {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ stepId: 'strategy', plan: { ...emptyPlan(ids.prod), targetVersion: 'v1.29' } }));
    renderWizard();
    expect(screen.getByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeInTheDocument();
    const stored = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}');
    expect(stored.safeSubmit.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.revise).toBeNull();
  });
});
