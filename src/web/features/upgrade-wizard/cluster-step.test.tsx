import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { bffError, cceRoute } from '../../testing/handlers';
import { BffCode } from '../../../shared/bff-errors';
import { server } from '../../testing/server';
import { next, renderWizard } from '../../testing/upgrade-wizard';
import { clusterList } from '../../testing/fixtures';

describe('cluster step', () => {
  it('lists clusters with name, version and a written status', async () => {
    renderWizard();
    const table = await screen.findByRole('table', { name: 'Clusters' });
    const row = within(table).getByRole('row', { name: /legacy-c/ });
    expect(within(row).getByText('v1.27')).toBeInTheDocument();
    expect(within(row).getByText('Unavailable')).toBeInTheDocument();
    expect(within(table).getAllByRole('radio')).toHaveLength(3);
  });

  it('blocks Next until a cluster is chosen', async () => {
    const { user } = renderWizard();
    await screen.findByRole('table', { name: 'Clusters' });
    await next(user);
    expect(await screen.findByText('Choose a cluster to continue.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Cluster' })).toBeInTheDocument();
  });

  it('explains a 502 and recovers on Retry', async () => {
    let calls = 0;
    server.use(
      http.get(cceRoute('listClusters'), () => {
        calls += 1;
        return calls === 1 ? bffError({ status: 502, code: BffCode.UPSTREAM_UNREACHABLE, message: 'The planner could not reach CCE. Check the network and the CCE endpoint, then try again.' }) : Response.json(clusterList);
      }),
    );
    const { user } = renderWizard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('CCE could not be reached');
    expect(alert).toHaveTextContent('The planner could not reach CCE');
    expect(alert).toHaveTextContent(/try again/i);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('radio', { name: 'prod-a' })).toBeInTheDocument();
  });

  it('says so when CCE answers in an unexpected shape', async () => {
    server.use(http.get(cceRoute('listClusters'), () => Response.json({ items: [{ metadata: {} }] })));
    renderWizard();
    expect(await screen.findByRole('alert')).toHaveTextContent('CCE returned an unexpected response');
  });

  it('shows an empty state when the project has no clusters', async () => {
    server.use(http.get(cceRoute('listClusters'), () => Response.json({ items: [] })));
    renderWizard();
    expect(await screen.findByText(/There are no clusters in this project/)).toBeInTheDocument();
  });
});
