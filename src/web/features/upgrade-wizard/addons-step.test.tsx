import { EditorView } from '@codemirror/view';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AddonPatch } from '../../../shared/upgrade-request';
import { addonTemplates, corednsValues } from '../../testing/addon-fixtures';
import { serveEverestWithoutSuccessor } from '../../testing/addon-handlers';
import { ids } from '../../testing/fixtures';
import { cceRoute } from '../../testing/handlers';
import { server } from '../../testing/server';
import { next, renderWizard, renderWizardAt } from '../../testing/upgrade-wizard';

const card = async (name: string) => screen.findByRole('region', { name });

const corednsPatch = (extra: Partial<AddonPatch> = {}): AddonPatch => ({
  addonTemplateName: 'coredns',
  operation: 'patch',
  version: '1.29.5',
  values: corednsValues,
  ...extra,
});

/** Replaces the editor's whole text through CodeMirror's own API, as a paste would (jsdom cannot lay out typing). */
async function setEditorText(name: string, text: string) {
  const content = await screen.findByRole('textbox', { name: `${name} values (JSON)` });
  const view = EditorView.findFromDOM(content)!;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** The add-on's values today → planned, as its card lists the changes. */
const changesShown = (name: string) =>
  within(screen.getByRole('list', { name: `Changes to the ${name} values` }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

const UNCHANGED = 'The values are sent as they are today.';

const withReplicas = (replicas: number) => JSON.stringify({ ...corednsValues, flavor: { ...corednsValues.flavor, replicas } }, null, 2);

async function openCorednsEditor(plan: AddonPatch[] = [corednsPatch()]) {
  const view = renderWizardAt('addons', { addons: plan });
  await view.user.click(within(await card('coredns')).getByRole('button', { name: 'Edit values' }));
  await screen.findByRole('textbox', { name: 'coredns values (JSON)' });
  return view;
}

describe('add-ons step', () => {
  it('lists every installed add-on with its status and flags the ones that do not support the target', async () => {
    renderWizardAt('addons');
    const coredns = await card('coredns');
    expect(within(coredns).getByText('running')).toBeInTheDocument();
    expect(within(coredns).getByText('installed 1.27.1')).toBeInTheDocument();
    expect(coredns).toHaveTextContent('1.27.1 does not support v1.29. Proposed: patch it to 1.29.5, the newest stable version that does.');
    expect(within(await card('npd')).getByText('abnormal')).toBeInTheDocument();
    expect(await card('npd')).toHaveTextContent('1.19.1 supports v1.29.');
    expect(await card('metrics-server')).toHaveTextContent('CCE publishes no template for metrics-server 1.3.60');
    expect(await card('everest')).toHaveTextContent(
      '2.3.14 does not support v1.29. Proposed: patch it to 2.4.62, the newest stable version that does. A published version supports both v1.28 and v1.29, so CCE upgrades it after the cluster, to one of the newer versions that support v1.29 (2.4.28 and 2.4.62), but the planner cannot tell which.',
    );
    expect(screen.getByText(/^2 installed add-ons do not support v1\.29 and are not patched: coredns, everest\./)).toBeInTheDocument();
  });

  it('cannot patch an add-on no published version carries to the target', async () => {
    serveEverestWithoutSuccessor();
    renderWizardAt('addons');
    const everest = await card('everest');
    expect(everest).toHaveTextContent('no published version of everest from 2.3.14 on does');
    expect(within(everest).getByRole('switch', { name: 'Patch everest' })).toBeDisabled();
  });

  it('patches every proposed add-on in one action, from today’s values, and the banner follows the patches', async () => {
    const { user } = renderWizardAt('addons');
    await card('coredns');
    await user.click(screen.getByRole('button', { name: 'Patch all proposed add-ons' }));
    expect(screen.getByRole('status', { name: 'Add-on patches' })).toHaveTextContent('Patched coredns to 1.29.5 and everest to 2.4.62.');
    for (const [name, version] of [['coredns', '1.29.5'], ['everest', '2.4.62']] as const) {
      const region = await card(name);
      expect(within(region).getByRole('switch', { name: `Patch ${name}` })).toBeChecked();
      expect(within(region).getByRole('combobox', { name: `${name} target version` })).toHaveDisplayValue(version);
      expect(within(region).getByText(UNCHANGED)).toBeInTheDocument();
    }
    expect(screen.getByText('Every installed add-on with a published template supports v1.29 as it is or is patched to a version that does.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Patch all proposed add-ons' })).not.toBeInTheDocument();

    await user.click(within(await card('coredns')).getByRole('switch', { name: 'Patch coredns' }));
    expect(screen.getByText(/^1 installed add-on does not support v1\.29 and is not patched: coredns\./)).toBeInTheDocument();
  });

  it('proposes a compatible version and offers only compatible ones, newest stable first', async () => {
    const { user } = renderWizardAt('addons');
    const coredns = await card('coredns');
    await user.click(within(coredns).getByRole('button', { name: 'Patch to 1.29.5' }));
    expect(within(coredns).getByRole('switch', { name: 'Patch coredns' })).toBeChecked();
    const select = within(coredns).getByRole('combobox', { name: 'coredns target version' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['1.29.5', '1.28.7', '1.29.11 (not stable)']);
    expect(coredns).toHaveTextContent('this plan patches it to 1.29.5');

    await user.selectOptions(select, '1.28.7');
    expect(select).toHaveDisplayValue('1.28.7');
    expect(coredns).toHaveTextContent('this plan patches it to 1.28.7');
    // The patch starts from the add-on's values today, never from empty.
    expect(within(coredns).getByText(UNCHANGED)).toBeInTheDocument();

    await user.click(within(coredns).getByRole('switch', { name: 'Patch coredns' }));
    expect(within(coredns).getByRole('switch', { name: 'Patch coredns' })).not.toBeChecked();
    expect(within(coredns).queryByRole('combobox', { name: 'coredns target version' })).not.toBeInTheDocument();
    expect(coredns).toHaveTextContent('1.27.1 does not support v1.29. Proposed: patch it to 1.29.5');
    expect(within(coredns).getByRole('button', { name: 'Patch to 1.29.5' })).toBeInTheDocument();
  });

  it('holds Next back when a restored patch names a version that does not support the target', async () => {
    const { user } = renderWizardAt('addons', { addons: [corednsPatch({ version: '1.27.1' })], targetVersion: 'v1.29' });
    const select = within(await card('coredns')).getByRole('combobox', { name: 'coredns target version' });
    expect(within(select).getByRole('option', { name: '1.27.1 (does not support v1.29)' })).toBeDisabled();
    await next(user);
    expect(screen.getByRole('alert')).toHaveTextContent('coredns 1.27.1 does not support v1.29');
    expect(screen.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeInTheDocument();
    await user.selectOptions(select, '1.29.5');
    await next(user);
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
  });

  it('holds the browser’s Forward back, like Next, while the values are not valid JSON, and keeps what was typed', async () => {
    const { user } = await openCorednsEditor();
    await next(user);
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
    act(() => window.history.back());
    expect(await screen.findByRole('heading', { level: 2, name: 'Add-ons' })).toBeInTheDocument();
    // The step is drawn anew; its values were valid, so the editor starts closed.
    await user.click(within(await card('coredns')).getByRole('button', { name: 'Edit values' }));
    await setEditorText('coredns', '{ "flavor": ');
    act(() => window.history.forward());
    expect(await screen.findByRole('alert')).toHaveTextContent('The coredns values are not valid JSON.');
    expect(screen.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.pathname).toBe('/plan/addons'));
    expect(screen.getByRole('textbox', { name: 'coredns values (JSON)' }).textContent).toBe('{ "flavor": ');
  });

  it('edits values as JSON starting from today’s values and shows the diff, the review and the body in step', async () => {
    const { user } = await openCorednsEditor();
    const editor = screen.getByRole('textbox', { name: 'coredns values (JSON)' });
    expect(JSON.parse(editor.textContent ?? '')).toEqual(corednsValues);
    expect(within(await card('coredns')).getByText('The values are sent as they are today.')).toBeInTheDocument();

    await setEditorText('coredns', withReplicas(3));
    // The list compares today's values with the plan's, so it shows what the plan now holds.
    await screen.findByRole('list', { name: 'Changes to the coredns values' });
    expect(changesShown('coredns')).toEqual(['flavor.replicas changed: 2 → 3']);

    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Review and submit' });
    const patch = await screen.findByRole('region', { name: 'coredns patch as sent' });
    expect(JSON.parse(patch.textContent ?? '')).toEqual(corednsPatch({ values: JSON.parse(withReplicas(3)) }));
    expect(screen.getByRole('heading', { name: 'coredns: 1.27.1 → 1.29.5' })).toBeInTheDocument();
    const body = JSON.parse(screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent ?? '');
    expect(body.spec.clusterUpgradeAction.addons).toEqual([JSON.parse(patch.textContent ?? '')]);
  });

  it('asks before removing a key the add-on has today, and keeps it in the body until confirmed', async () => {
    const { user } = await openCorednsEditor();
    const { cluster_ip: _removed, ...basic } = corednsValues.basic;
    await setEditorText('coredns', JSON.stringify({ ...corednsValues, basic }));
    expect(await screen.findByText(/This edit removes basic\.cluster_ip, which coredns has today/)).toBeInTheDocument();
    expect(within(await card('coredns')).getByText(UNCHANGED)).toBeInTheDocument();

    await next(user);
    expect(screen.getByRole('alert')).toHaveTextContent('The coredns values remove basic.cluster_ip. Confirm the removal or put the settings back.');

    await user.click(screen.getByRole('button', { name: 'Review removal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove a setting from coredns?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('basic.cluster_ip');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(await card('coredns')).getByText(UNCHANGED)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Review removal' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }));
    await screen.findByRole('list', { name: 'Changes to the coredns values' });
    expect(changesShown('coredns')).toEqual(['basic.cluster_ip removed (was "10.247.3.10")']);
    await next(user);
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
  });

  it('keeps invalid JSON out of the body, says why beside the editor, blocks Next and survives a reload', async () => {
    const { user, unmount } = await openCorednsEditor([corednsPatch({ values: JSON.parse(withReplicas(3)) })]);
    await setEditorText('coredns', '{"basic": {"cluster_ip": }');
    const error = await screen.findByText(/^Not valid JSON: /);
    expect(error).toHaveTextContent('The request keeps the last valid values until this is fixed.');
    const editor = screen.getByRole('textbox', { name: 'coredns values (JSON)' });
    await waitFor(() => expect(editor).toHaveAttribute('aria-invalid', 'true'));
    expect(editor).toHaveAccessibleDescription(expect.stringMatching(/^Not valid JSON/));
    expect(changesShown('coredns')).toEqual(['flavor.replicas changed: 2 → 3']);

    await next(user);
    expect(screen.getByRole('alert')).toHaveTextContent('The coredns values are not valid JSON.');
    expect(screen.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeInTheDocument();

    unmount();
    renderWizard();
    const restored = await screen.findByRole('textbox', { name: 'coredns values (JSON)' });
    expect(restored).toHaveTextContent('{"basic": {"cluster_ip": }');
    expect(await screen.findByText(/^Not valid JSON: /)).toBeInTheDocument();
    expect(changesShown('coredns')).toEqual(['flavor.replicas changed: 2 → 3']);
  });

  it('starts a new patch from today’s values, not from text an earlier plan left unfinished', async () => {
    sessionStorage.setItem('cce-upgrade-planner:addon-values-text', JSON.stringify({ [`${ids.prod}/coredns`]: '{"left": ' }));
    const { user } = renderWizardAt('addons');
    const coredns = await card('coredns');
    await user.click(within(coredns).getByRole('switch', { name: 'Patch coredns' }));
    expect(within(coredns).getByRole('combobox', { name: 'coredns target version' })).toHaveDisplayValue('1.29.5');
    expect(within(coredns).getByText(UNCHANGED)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'coredns values (JSON)' })).not.toBeInTheDocument();
    await user.click(within(await card('coredns')).getByRole('button', { name: 'Edit values' }));
    expect(JSON.parse((await screen.findByRole('textbox', { name: 'coredns values (JSON)' })).textContent ?? '')).toEqual(corednsValues);
  });

  it('says so when CCE publishes a version pattern that is not a regular expression, and carries on', async () => {
    const broken = structuredClone(addonTemplates);
    broken.items[0]!.spec.versions[2]!.supportVersions![0]!.clusterVersion = ['v1.(29'];
    server.use(http.get(cceRoute('listAddonTemplates'), () => HttpResponse.json(broken)));
    renderWizardAt('addons');
    expect(await card('coredns')).toHaveTextContent('not valid regular expressions (v1.(29); the planner treats them as matching nothing');
    expect(await card('coredns')).toHaveTextContent('Proposed: patch it to 1.28.7');
  });
});
