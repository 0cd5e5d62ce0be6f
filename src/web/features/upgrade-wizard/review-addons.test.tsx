import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../../shared/plan';
import type { AddonPatch } from '../../../shared/upgrade-request';
import { addonInstances, corednsValues } from '../../testing/addon-fixtures';
import { serveEverestWithoutSuccessor } from '../../testing/addon-handlers';
import { ids, upgradeResponse } from '../../testing/fixtures';
import { server } from '../../testing/server';
import { confirmSubmit, passPreCheck, renderWizardAt } from '../../testing/upgrade-wizard';

const corednsPatch: AddonPatch = { addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5', values: corednsValues };

const addonList = () => screen.findByRole('list', { name: 'Installed add-ons and what the upgrade does with them' });

/** Each installed add-on at review: its heading and what is said of it. */
async function fates() {
  const items = within(await addonList()).getAllByRole('listitem').filter((item) => item.querySelector('h4'));
  return items.map((item) => ({ heading: within(item).getByRole('heading').textContent, text: item.textContent }));
}

const requestJson = () => JSON.parse(screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent ?? '');

function recordSubmits() {
  const posts: { request: string }[] = [];
  server.use(
    http.post('*/api/clusters/:cluster_id/upgrade', async ({ request }) => {
      posts.push((await request.json()) as { request: string });
      return HttpResponse.json(upgradeResponse);
    }),
  );
  return posts;
}

describe('review: add-ons', () => {
  it('accounts for every installed add-on: patched with its values diff, kept, or left to CCE with what CCE then does', async () => {
    renderWizardAt('review', { addons: [{ ...corednsPatch, values: { ...corednsValues, flavor: { ...corednsValues.flavor, replicas: 3 } } }] });
    const shown = await fates();
    expect(shown.map((fate) => fate.heading)).toEqual([
      'coredns: 1.27.1 → 1.29.5',
      'everest: 2.3.14, incompatible and not patched',
      'npd: 1.19.1, kept as it is',
      'metrics-server: 1.3.60, not patched',
    ]);
    expect(shown[0]!.text).toContain('This plan patches it to 1.29.5, which supports v1.29.');
    expect(within(screen.getByRole('list', { name: 'Changes to the coredns values' })).getByRole('listitem')).toHaveTextContent('flavor.replicas changed: 2 → 3');
    expect(shown[1]!.text).toContain(
      'A published version supports both v1.28 and v1.29, so CCE upgrades it after the cluster, to one of the newer versions that support v1.29 (2.4.28 and 2.4.62), but the planner cannot tell which. To choose the version yourself, patch it to 2.4.62.',
    );
    expect(shown[2]!.text).toContain('1.19.1 supports v1.29, so this plan leaves it as it is.');
    expect(shown[3]!.text).toContain('CCE publishes no template for metrics-server, so the planner cannot tell whether 1.3.60 supports v1.29');
  });

  it('patches every proposed add-on in one action, which clears their warnings and puts the patches in the body', async () => {
    const { user } = renderWizardAt('review');
    await addonList();
    expect(screen.getByText(/^2 installed add-ons do not support v1\.29 and this plan does not patch them\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Patch all proposed add-ons' }));

    await waitFor(async () => expect((await fates()).map((fate) => fate.heading)).toContain('everest: 2.3.14 → 2.4.62'));
    expect((await fates()).map((fate) => fate.heading)).toEqual(['coredns: 1.27.1 → 1.29.5', 'everest: 2.3.14 → 2.4.62', 'npd: 1.19.1, kept as it is', 'metrics-server: 1.3.60, not patched']);
    expect(screen.queryByText(/does not support v1\.29 and this plan does not patch it/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Patch all proposed add-ons' })).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Add-on patches' })).toHaveTextContent('Patched coredns to 1.29.5 and everest to 2.4.62.');
    // Values as the instances have them today, as a card's own switch starts a patch.
    const everestValues = addonInstances.items.find((instance) => instance.spec.addonTemplateName === 'everest')!.spec.values;
    expect(requestJson().spec.clusterUpgradeAction.addons).toEqual([
      corednsPatch,
      { addonTemplateName: 'everest', operation: 'patch', version: '2.4.62', values: everestValues },
    ]);
  });

  it('refuses to submit while an add-on no published version can carry to the target is installed, saying what to do', async () => {
    serveEverestWithoutSuccessor();
    const posts = recordSubmits();
    const { user } = renderWizardAt('review');
    const blocker =
      'everest 2.3.14 does not support v1.29, and no published version of everest from 2.3.14 on does, so neither this plan nor CCE can move it to one. Uninstall it in the CCE console, or choose another target version.';
    expect((await fates())[1]!.text).toContain(blocker);
    await passPreCheck(user);
    await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan cannot be submitted yet');
    expect(alert).toHaveTextContent(blocker);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(posts).toEqual([]);
  });
});

describe('review: skipping CCE’s own pre-upgrade check', () => {
  const plan = { ...emptyPlan(ids.prod), targetVersion: 'v1.29', addons: [corednsPatch, { addonTemplateName: 'everest', operation: 'patch' as const, version: '2.4.62' }] };
  const text = (isOnlyUpgrade: boolean) => serializeUpgradeRequest(toUpgradeRequest({ ...plan, isOnlyUpgrade }));

  it('is on once the check passes, and turning it off takes isOnlyUpgrade out of the body that is sent', async () => {
    const posts = recordSubmits();
    const { user } = renderWizardAt('review', { addons: plan.addons });
    const choice = await screen.findByRole('switch', { name: 'Skip CCE’s own pre-upgrade check' });
    expect(choice).toBeDisabled();
    expect(choice).not.toBeChecked();
    expect(choice).toHaveAccessibleDescription(/CCE runs its own check before it upgrades/);
    expect(screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent).toBe(text(false));

    await passPreCheck(user);
    await waitFor(() => expect(choice).toBeChecked());
    expect(choice).toHaveAccessibleDescription('On ("isOnlyUpgrade": true): CCE skips its built-in pre-upgrade check, because the planner’s check has just passed.');
    expect(screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent).toBe(text(true));

    await user.click(choice);
    expect(choice).not.toBeChecked();
    expect(choice).toHaveAccessibleDescription('Off ("isOnlyUpgrade": false): CCE runs its own pre-upgrade check first, and starts the upgrade only if that passes too.');
    expect(screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent).toBe(text(false));

    const dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.request).toBe(text(false));
  });
});
