import { EditorView } from '@codemirror/view';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AddonPatch } from '../../../shared/upgrade-request';
import { activateLocale } from '../../i18n/i18n';
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
async function setEditorText(name: string, text: string, label = `${name} values (JSON)`) {
  const content = await screen.findByRole('textbox', { name: label });
  const view = EditorView.findFromDOM(content)!;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** The add-on's values today → planned, as its card lists the changes. */
const changesShown = (name: string) =>
  within(screen.getByRole('list', { name: name.endsWith('的变更') ? name : `Changes to the ${name} values` }))
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

describe('add-ons step in Chinese', () => {
  const ZH_EDITOR = 'coredns插件参数（JSON）';
  /** Templates in which npd 1.19.1 does not support v1.29 either: three add-ons to flag. */
  function serveNpdIncompatible() {
    const templates = structuredClone(addonTemplates);
    const npd = templates.items.find((template) => template.metadata.name === 'npd')!;
    for (const support of npd.spec.versions[0]!.supportVersions!) support.clusterVersion = ['v1.2[5-8].*'];
    server.use(http.get(cceRoute('listAddonTemplates'), () => HttpResponse.json(templates)));
  }
  const banner = () => screen.getByText((_, element) => element?.classList.contains('MuiAlert-message') === true && /个已安装的插件|所有具有已发布插件模板/.test(element.textContent ?? ''));

  it('says it all in Chinese, counting 3, 2, 0 and 1 flagged add-ons; names, versions and CCE’s statuses as CCE sent them', async () => {
    await activateLocale('zh-CN');
    serveNpdIncompatible();
    const { user } = renderWizardAt('addons');
    const coredns = await card('coredns');
    expect(screen.getByRole('heading', { level: 2, name: '插件' })).toBeInTheDocument();
    expect(screen.getByText('CCE可在集群升级过程中升级插件。每个插件版本支持一定范围的集群版本；请为每个要升级的插件选择支持v1.29的版本。')).toBeInTheDocument();
    expect(banner()).toHaveTextContent('3个已安装的插件不支持v1.29且未升级：coredns、everest、npd。请按下方各插件卡片中的说明处理。');
    expect(within(coredns).getByText('running')).toBeInTheDocument();
    expect(within(coredns).getByText('已安装1.27.1')).toBeInTheDocument();
    expect(coredns).toHaveTextContent(
      '1.27.1不支持v1.29。建议：将其升级到1.29.5，即支持v1.29的最新稳定版本。有已发布版本同时支持v1.28和v1.29，因此CCE会在集群升级后将其升级到某个支持v1.29的更新版本（1.28.7、1.29.5和1.29.11），但规划器无法确定是哪一个。',
    );
    expect(within(await card('npd')).getByText('abnormal')).toBeInTheDocument();
    expect(await card('metrics-server')).toHaveTextContent('CCE未发布metrics-server 1.3.60的插件模板，因此规划器无法判断该版本是否支持v1.29。');
    expect(within(coredns).getByRole('button', { name: '升级到1.29.5' })).toBeInTheDocument();

    await user.click(within(coredns).getByRole('switch', { name: '升级coredns' }));
    expect(banner()).toHaveTextContent('2个已安装的插件不支持v1.29且未升级：everest、npd。');
    const select = within(coredns).getByRole('combobox', { name: 'coredns目标插件版本' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['1.29.5', '1.28.7', '1.29.11（非稳定版本）']);
    expect(coredns).toHaveTextContent('1.27.1不支持v1.29；此计划将其升级到1.29.5。');
    expect(within(coredns).getByText('仅列出支持v1.29且不低于1.27.1的版本，最新的稳定版本在前。')).toBeInTheDocument();
    expect(within(coredns).getByText('插件参数将按当前值发送。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '升级全部建议的插件' }));
    expect(screen.getByRole('status', { name: '插件升级' })).toHaveTextContent('已将everest升级到2.4.62和npd升级到1.19.9。');
    expect(banner()).toHaveTextContent('所有具有已发布插件模板的已安装插件的当前版本均支持v1.29，或已升级到支持该版本的插件版本。');

    await user.click(within(await card('everest')).getByRole('switch', { name: '升级everest' }));
    expect(banner()).toHaveTextContent('1个已安装的插件不支持v1.29且未升级：everest。请按下方各插件卡片中的说明处理。');
  });

  it('edits values in Chinese: the diff, a removal of 2 settings and invalid JSON', async () => {
    await activateLocale('zh-CN');
    const view = renderWizardAt('addons', { addons: [corednsPatch()] });
    await view.user.click(within(await card('coredns')).getByRole('button', { name: '编辑插件参数' }));
    await screen.findByRole('textbox', { name: ZH_EDITOR });
    expect(screen.getByRole('heading', { name: '插件参数：当前 → 计划' })).toBeInTheDocument();

    const { cluster_ip: _ip, image_version: _image, ...basic } = corednsValues.basic;
    await setEditorText('coredns', JSON.stringify({ ...corednsValues, basic }), ZH_EDITOR);
    expect(await screen.findByText('此次编辑移除了coredns当前具有的basic.cluster_ip、basic.image_version。确认之前，请求将保留这些设置。')).toBeInTheDocument();
    await view.user.click(screen.getByRole('button', { name: '查看移除项' }));
    const dialog = await screen.findByRole('dialog', { name: '从coredns中移除2项设置？' });
    expect(dialog).toHaveTextContent('coredns当前具有以下2项设置；升级时发送的插件参数将不包含这些设置：');
    await view.user.click(within(dialog).getByRole('button', { name: '移除' }));
    const changes = await screen.findByRole('list', { name: 'coredns插件参数的变更' });
    expect(within(changes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'basic.cluster_ip已移除（原值为"10.247.3.10"）',
      'basic.image_version已移除（原值为"1.27.1"）',
    ]);

    await setEditorText('coredns', JSON.stringify({ ...corednsValues, flavor: { ...corednsValues.flavor, replicas: 3 } }), ZH_EDITOR);
    await waitFor(() => expect(changesShown('coredns插件参数的变更')).toEqual(['flavor.replicas已修改：2 → 3']));
    await setEditorText('coredns', '[1]', ZH_EDITOR);
    expect(await screen.findByText('插件参数必须是JSON对象，例如{ "basic": { … } }。修正之前，请求将保留上一次有效的插件参数。')).toBeInTheDocument();
    await view.user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByRole('alert')).toHaveTextContent('coredns的插件参数不是有效的JSON。请修正，或恢复为当前参数。');
  });
});
