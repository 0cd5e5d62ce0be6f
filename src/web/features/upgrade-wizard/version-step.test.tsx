import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { bffError, cceRoute } from '../../testing/handlers';
import { server } from '../../testing/server';
import { ids } from '../../testing/fixtures';
import { next, pickCluster, renderWizard, renderWizardAt } from '../../testing/upgrade-wizard';

/** The version step for a cluster already chosen, as a reload finds it; picking the cluster is the cluster step's test. */
const openFor = (clusterId: string) => renderWizardAt('version', { clusterId, targetVersion: '' });

describe('version step', () => {
  it('offers every version the cluster can reach, saying how many upgrades each takes', async () => {
    openFor(ids.prod);
    expect(await screen.findByText(/currently runs/)).toHaveTextContent('prod-a currently runs v1.28.15-r30.');
    const group = await screen.findByRole('radiogroup');
    expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['v1.29', 'v1.30', 'v1.31']);
    expect(screen.getByRole('radio', { name: 'v1.29' })).toHaveAccessibleDescription('Direct upgrade');
    expect(screen.getByRole('radio', { name: 'v1.31' })).toHaveAccessibleDescription('2 upgrades: v1.28.15 → v1.29 → v1.31');
    expect(screen.queryByText(/not on the patch CCE suggests/)).not.toBeInTheDocument();
  });

  it('plans the first hop toward a version two upgrades away, says why, and keeps the goal with the draft', async () => {
    const first = openFor(ids.prod);
    await first.user.click(await screen.findByRole('radio', { name: 'v1.31' }));
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('v1.31 takes 2 upgrades: v1.28.15 → v1.29 → v1.31');
    expect(note).toHaveTextContent('CCE upgrades a cluster one hop at a time, so this plan upgrades to v1.29 first.');
    expect(note).toHaveTextContent('plan the next one: v1.29 → v1.31');
    expect(screen.getByRole('radio', { name: 'v1.31' })).toBeChecked();
    first.unmount();

    // After a reload the goal shows as chosen only while the draft targets its first hop (v1.29): a draft that
    // targeted v1.31 itself would be cleared (CCE does not offer it directly), one that targeted v1.30 would show v1.30.
    renderWizard();
    expect(await screen.findByRole('radio', { name: 'v1.31' })).toBeChecked();
    expect(screen.getByRole('note')).toHaveTextContent('this plan upgrades to v1.29 first');
  });

  it('fetches the cluster’s pools, nodes and labels while the version is chosen, for the timeline of the steps after', async () => {
    const asked: string[] = [];
    const record = ({ request }: { request: Request }) => void asked.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    try {
      openFor(ids.prod);
      await screen.findByRole('radiogroup');
      const cluster = `/clusters/${ids.prod}`;
      await waitFor(() => expect(asked).toEqual(expect.arrayContaining([
        expect.stringMatching(new RegExp(`${cluster}/nodepools$`)),
        expect.stringMatching(new RegExp(`${cluster}/nodes$`)),
        `/api${cluster}/node-labels`,
      ])));
    } finally {
      server.events.removeListener('request:start', record);
    }
  });

  it('says when the cluster is not on the patch CCE suggests, and what that means', async () => {
    server.use(
      http.get(cceRoute('showUpgradeInfo'), () =>
        HttpResponse.json({ spec: { versionInfo: { release: 'v1.28.15', patch: 'r30', suggestPatch: 'r50', targetVersions: ['v1.29'] } } }),
      ),
    );
    openFor(ids.prod);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('prod-a is not on the patch CCE suggests');
    expect(note).toHaveTextContent('It runs patch r30 of v1.28.15; CCE suggests v1.28.15-r50.');
    expect(note).toHaveTextContent(/installing the suggested patch before a version upgrade/);
  });

  it('still offers the direct upgrades when CCE’s upgrade paths cannot be read', async () => {
    server.use(http.get(cceRoute('listUpgradePaths'), () => bffError({ status: 403, code: 'CCE.01403001', message: 'Forbidden' })));
    openFor(ids.prod);
    expect(await screen.findByRole('alert')).toHaveTextContent('CCE refused the request');
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['v1.29', 'v1.30']);
  });

  it('blocks Next until a version is chosen', async () => {
    const { user } = openFor(ids.prod);
    await screen.findByRole('radio', { name: 'v1.29' });
    await next(user);
    expect(await screen.findByText('Choose a target version to continue.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
  });

  it('explains that no upgrade is offered for a cluster on the newest version', async () => {
    const { user } = openFor(ids.edge);
    expect(await screen.findByText(/already on the newest version CCE offers/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await next(user);
    expect(screen.getByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
  });

  it('explains why a cluster that is not Available cannot be upgraded', async () => {
    const { user } = openFor(ids.legacy);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('legacy-c cannot be upgraded now: its status is Unavailable');
    expect(alert).toHaveTextContent('Master node etcd-2 is not responding');
    await next(user);
    expect(screen.getByRole('heading', { level: 2, name: 'Target version' })).toBeInTheDocument();
  });

  it('shows an upgrade-info failure with a retry', async () => {
    server.use(http.get(cceRoute('showUpgradeInfo'), () => bffError({ status: 403, code: 'CCE.01403001', message: 'Forbidden' })));
    openFor(ids.prod);
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
