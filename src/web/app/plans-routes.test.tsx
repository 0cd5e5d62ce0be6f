import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planIds, reviewPlanFile } from '../testing/plan-fixtures';
import { renderWithProviders } from '../testing/render';
import { App } from './app';
import { routeFor } from './routes';

const renderAt = (path: string) => {
  window.history.replaceState(null, '', path);
  return renderWithProviders(<App />);
};

describe('plan routes', () => {
  it('accepts only well-formed plan ids and revision numbers', () => {
    expect(routeFor('/plans')).toEqual({ page: 'plans' });
    expect(routeFor('/plans/import')).toEqual({ page: 'plan-import' });
    expect(routeFor(`/plans/${planIds.plan}`)).toEqual({ page: 'plan', planId: planIds.plan });
    expect(routeFor(`/plans/${planIds.plan}/revisions/2`)).toEqual({ page: 'plan', planId: planIds.plan, revision: 2 });
    expect(routeFor(`/plans/${planIds.plan}/revisions/2/edit`)).toEqual({ page: 'plan-edit', planId: planIds.plan, revision: 2 });
    expect(routeFor(`/plans/${planIds.plan}/revisions/2/edit/addons`)).toEqual({ page: 'plan-edit', planId: planIds.plan, revision: 2, step: 'addons' });
    for (const bad of [`/plans/${planIds.plan}/revisions/2/edit/nope`, '/plans/not-a-uuid', `/plans/${planIds.plan}/revisions/0`, `/plans/${planIds.plan}/revisions/1e0`, `/plans/${planIds.plan}/revisions/x/edit`]) {
      expect(routeFor(bad)).toEqual({ page: 'not-found' });
    }
  });

  it('opens the plans from the app bar, then a plan, then an earlier revision by its address', async () => {
    const { user } = renderAt('/');
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Plans' }));
    // Each page opened puts the keyboard on its heading, not on <body>.
    expect(await screen.findByRole('heading', { level: 1, name: 'Upgrade plans' })).toHaveFocus();
    expect(document.title).toBe('Upgrade plans — CCE Upgrade Planner');
    const payments = await screen.findByRole('region', { name: 'prod-payments' });
    await user.click(within(payments).getAllByRole('link', { name: 'v1.28 → v1.29' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'prod-payments: v1.28 → v1.29' })).toHaveFocus();
    expect(window.location.pathname).toBe(`/plans/${planIds.plan}`);
    await user.click(screen.getByRole('link', { name: 'Revision 1' }));
    expect(await screen.findByText('up to 2 nodes per wave')).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/plans/${planIds.plan}/revisions/1`);
  });

  it('opens a plan file from the plans page and reviews its plan in the wizard, exactly as the file has it', async () => {
    const { user } = renderAt('/plans');
    await user.click(await screen.findByRole('link', { name: 'Open a plan file' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Open a plan file' })).toHaveFocus();
    expect(window.location.pathname).toBe('/plans/import');
    expect(document.title).toBe('Open a plan file — CCE Upgrade Planner');
    const file = new File([`${JSON.stringify(reviewPlanFile, null, 2)}\n`], 'prod-payments-v1.29-20260303-1015.cce-plan.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choose a plan file'), file);
    expect(await screen.findByRole('heading', { name: 'The cluster is as it was when this plan was made' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open for review' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/plan/review');
    expect((await screen.findByRole('region', { name: 'Upgrade request JSON' })).textContent).toBe(reviewPlanFile.request);
  });

  it('links the wizard’s first step to the plan file page', async () => {
    const { user } = renderAt('/');
    await user.click(await screen.findByRole('link', { name: 'Open a plan file' }));
    expect(await screen.findByLabelText('Choose a plan file')).toBeInTheDocument();
  });

  it('keeps a revision being edited at its own address while moving between steps', async () => {
    const edit = `/plans/${planIds.plan}/revisions/1/edit`;
    const { user } = renderAt(edit);
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
    expect(window.location.pathname).toBe(`${edit}/review`);
    await user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('tab', { name: 'Add-ons' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Add-ons' })).toBeInTheDocument();
    expect(window.location.pathname).toBe(`${edit}/addons`);
    expect(screen.getByRole('note', { name: 'Revising a saved plan' })).toBeInTheDocument();
    act(() => window.history.back());
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
    expect(window.location.pathname).toBe(`${edit}/review`);
  });

  it('answers a malformed plan address with the not-found page', async () => {
    renderAt('/plans/not-a-plan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus();
  });
});
