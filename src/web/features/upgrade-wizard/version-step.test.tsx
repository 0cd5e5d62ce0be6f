import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { bffError, cceRoute } from '../../testing/handlers';
import { server } from '../../testing/server';
import { next, pickCluster, renderWizard } from './wizard-test-utils';

describe('version step', () => {
  it('offers the target versions CCE lists for the cluster', async () => {
    const { user } = renderWizard();
    await pickCluster(user, 'prod-a');
    expect(await screen.findByText(/currently runs/)).toHaveTextContent('prod-a currently runs v1.28.15-r30.');
    const group = screen.getByRole('radiogroup');
    expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['v1.29', 'v1.30']);
  });

  it('blocks Next until a version is chosen', async () => {
    const { user } = renderWizard();
    await pickCluster(user, 'prod-a');
    await screen.findByRole('radio', { name: 'v1.29' });
    await next(user);
    expect(await screen.findByText('Choose a target version to continue.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
  });

  it('explains that no upgrade is offered for a cluster on the newest version', async () => {
    const { user } = renderWizard();
    await pickCluster(user, 'edge-b');
    expect(await screen.findByText(/already on the newest version CCE offers/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await next(user);
    expect(screen.getByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
  });

  it('explains why a cluster that is not Available cannot be upgraded', async () => {
    const { user } = renderWizard();
    await pickCluster(user, 'legacy-c');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('legacy-c cannot be upgraded now: its status is Unavailable');
    expect(alert).toHaveTextContent('Master node etcd-2 is not responding');
    await next(user);
    expect(screen.getByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
  });

  it('shows an upgrade-info failure with a retry', async () => {
    server.use(http.get(cceRoute('showUpgradeInfo'), () => bffError({ status: 403, code: 'CCE.01403001', message: 'Forbidden' })));
    const { user } = renderWizard();
    await pickCluster(user, 'prod-a');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('CCE refused the request');
    expect(alert).toHaveTextContent(/permissions of the credentials configured on the BFF/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('forgets the chosen version when another cluster is picked', async () => {
    const { user } = renderWizard();
    await pickCluster(user, 'prod-a');
    await user.click(await screen.findByRole('radio', { name: 'v1.30' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await pickCluster(user, 'edge-b');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await pickCluster(user, 'prod-a');
    expect(await screen.findByRole('radio', { name: 'v1.30' })).not.toBeChecked();
  });
});
