import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PlansPage } from './components/PlansPage';
import { planIds } from '../../testing/plan-fixtures';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';

describe('plans list', () => {
  it('groups plans by cluster with their state in words and links to each', async () => {
    renderWithProviders(<PlansPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Upgrade plans' })).toBeInTheDocument();
    const payments = await screen.findByRole('region', { name: 'prod-payments' });
    const items = within(within(payments).getByRole('list', { name: 'prod-payments' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Approved');
    expect(items[0]).toHaveTextContent(/By Ravi Kumar · revision 2 · 1 approval · updated/);
    expect(within(items[0]!).getByRole('link', { name: 'v1.28 → v1.29' })).toHaveAttribute('href', `/plans/${planIds.plan}`);
    expect(items[1]).toHaveTextContent('Superseded');
    expect(items[1]).toHaveTextContent('revision 3 · 0 approvals');
    const edge = screen.getByRole('region', { name: 'edge-b' });
    expect(edge).toHaveTextContent('Draft');
    expect(screen.queryByText('draft')).not.toBeInTheDocument();
  });

  it('says how to make a plan when there is none', async () => {
    server.use(http.get('*/api/plans', () => HttpResponse.json({ items: [] })));
    renderWithProviders(<PlansPage />);
    expect(await screen.findByText(/and choose Save for review/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plan an upgrade' })).toHaveAttribute('href', '/');
  });
});
