import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '../testing/fixtures';
import { renderWithProviders } from '../testing/render';
import { App } from './app';
import { routeFor } from './routes';

const renderAt = (path: string) => {
  window.history.replaceState(null, '', path);
  return renderWithProviders(<App />);
};

describe('cluster routes', () => {
  it('accepts only a well-formed cluster id', () => {
    expect(routeFor(`/clusters/${ids.prod}`)).toEqual({ page: 'cluster', clusterId: ids.prod });
    expect(routeFor(`/clusters/${ids.prod}/`)).toEqual({ page: 'cluster', clusterId: ids.prod });
    for (const bad of [
      '/clusters',
      '/clusters/not-a-uuid',
      '/clusters/ABCDEF00-1111-4111-8111-111111111111',
      `/clusters/${encodeURIComponent(`${ids.prod}/../x`)}`,
      `/clusters/%2E%2E`,
      `/clusters/${ids.prod}%00`,
      '/clusters/%E0%A4%A',
      `/clusters/${ids.prod}/tasks`,
    ]) {
      expect(routeFor(bad)).toEqual({ page: 'not-found' });
    }
  });

  it('shows the history at its address', async () => {
    renderAt(`/clusters/${ids.prod}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Upgrade history' })).toHaveFocus();
    expect(document.title).toBe('Upgrade history — CCE Upgrade Planner');
    expect(await screen.findByText('CCE lists no upgrade tasks for this cluster. A task appears here once an upgrade is submitted.')).toBeInTheDocument();
  });

  it('shows page not found for an encoded id', async () => {
    renderAt(`/clusters/${encodeURIComponent('../plans')}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('goes from the task view to the cluster’s history', async () => {
    const { user } = renderAt(`/clusters/${ids.prod}/tasks/${ids.task}`);
    await user.click(await screen.findByRole('link', { name: 'All upgrade tasks of this cluster' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Upgrade history' })).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/clusters/${ids.prod}`);
  });

  it('goes from the cluster step to a cluster’s history', async () => {
    const { user } = renderAt('/');
    const table = await screen.findByRole('table', { name: 'Clusters' });
    await user.click(within(table).getByRole('link', { name: 'Upgrade history of edge-b' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Upgrade history' })).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/clusters/${ids.edge}`);
  });
});
