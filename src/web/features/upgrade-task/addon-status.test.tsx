import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../../shared/plan';
import { saveSubmittedPlan } from '../../lib/submitted-plans';
import { addonInstance, addonInstances, ids, upgradeTask } from '../../testing/fixtures';
import { cceRoute } from '../../testing/handlers';
import { server } from '../../testing/server';
import { describeAddon } from './task-words';
import { nodePhases, renderTask, taskSequence } from '../../testing/upgrade-task';

const corednsUid = 'a1a1a1a1-0000-4000-8000-000000000001';
const patches = [{ addonTemplateName: 'coredns', version: '1.29.4' }];
const rows = async () =>
  within(await screen.findByRole('list', { name: 'Add-ons this upgrade patches' })).getAllByRole('listitem').map((item) => item.textContent);

/** ListAddonInstances answers this list from now on. */
function addonList(list: ReturnType<typeof addonInstances>) {
  server.use(http.get(cceRoute('listAddonInstances'), () => HttpResponse.json(list)));
}

describe('add-on status on the task view', () => {
  it('while running shows the nodes upgrading and each patched add-on’s live status, then the new versions after Success', async () => {
    taskSequence(upgradeTask('Running', '92%', {}, { stage: 'Addons', addons: patches, totalNodes: 10, upgradedNodes: 10 }));
    nodePhases({ 'arm-batch-3': 'Upgrading' });
    addonList(addonInstances(addonInstance(corednsUid, 'coredns', '1.28.4', { status: 'upgrading' })));
    renderTask(50);
    expect(await rows()).toEqual(['coredns → 1.29.4: ⟳ Upgrading (now on 1.28.4)']);
    expect(await screen.findByRole('list', { name: 'Nodes upgrading now' })).toHaveTextContent('arm-batch-3');
    // CCE finishes: the add-on list is re-read with the task and shows the new version.
    addonList(addonInstances(addonInstance(corednsUid, 'coredns', '1.29.4', { status: 'running' })));
    taskSequence(upgradeTask('Success', '100%', {}, { stage: 'Done', addons: patches }));
    expect(await screen.findByText('Upgrade succeeded')).toBeInTheDocument();
    expect(await screen.findByText('Running on 1.29.4', { exact: false })).toBeInTheDocument();
    expect(await rows()).toEqual(['coredns → 1.29.4: ✓ Running on 1.29.4']);
  });

  it('takes the patched add-ons from the submitted plan when CCE does not list them', async () => {
    const action = { ...emptyPlan(ids.prod), targetVersion: 'v1.29', addons: [{ addonTemplateName: 'everest', operation: 'patch' as const, version: '2.5.0' }] };
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: serializeUpgradeRequest(toUpgradeRequest(action)) });
    taskSequence(upgradeTask('Running', '30%'));
    renderTask();
    expect(await rows()).toEqual(['everest → 2.5.0: ○ Running on 2.3.14; waits for the add-on stage']);
  });

  it('shows a failed add-on upgrade with CCE’s reason', async () => {
    taskSequence(upgradeTask('Failed', '95%', { message: 'add-on upgrade failed' }, { stage: 'Addons', addons: patches }));
    addonList(addonInstances(addonInstance(corednsUid, 'coredns', '1.28.4', { status: 'upgradeFailed', Reason: 'ImagePullBackOff', message: 'image not found' })));
    renderTask();
    expect(await rows()).toEqual(['coredns → 1.29.4: ✕ Upgrade failed on 1.28.4: ImagePullBackOff — image not found']);
  });

  it('says when the task patches no add-ons', async () => {
    taskSequence(upgradeTask('Running', '30%', {}, { addons: [] }));
    renderTask();
    expect(await screen.findByText('This upgrade patches no add-ons.')).toBeInTheDocument();
  });
});

describe('describeAddon', () => {
  const coredns = (version: string, status: Record<string, string>) => addonInstance(corednsUid, 'coredns', version, status);
  it.each([
    [undefined, false, 'attention', 'Not installed on this cluster'],
    [coredns('1.28.4', { status: 'running' }), true, 'attention', 'Running on 1.28.4, not on 1.29.4'],
    [coredns('1.28.4', { status: 'upgradeFailed' }), false, 'failed', 'Upgrade failed on 1.28.4: CCE gave no reason'],
    [coredns('1.28.4', { status: 'abnormal' }), false, 'waiting', 'abnormal on 1.28.4'],
  ])('%#: reads %j as %s "%s"', (instance, succeeded, tone, text) => {
    expect(describeAddon(instance, '1.29.4', succeeded)).toEqual({ tone, text });
  });
});
