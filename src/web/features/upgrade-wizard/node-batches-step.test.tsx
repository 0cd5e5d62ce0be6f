import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { derivedNodeLabels, ids } from '../../testing/fixtures';
import { server } from '../../testing/server';
import { next, nextUntil, renderWizard, renderWizardAt } from '../../testing/upgrade-wizard';

const where = 'batch 1 in general-x86';

async function openGeneral(nodeOrder: Plan['nodeOrder'] = {}, summary = 'no batches') {
  const view = renderWizardAt('node-batches', { nodeOrder });
  await view.user.click(await screen.findByRole('button', { name: `general-x86 · 4 nodes · ${summary}` }));
  return view;
}

/** Reloads the page: the wizard opens again from the draft it stored, and general-x86 is opened as the summary reads. */
async function reloadGeneral(view: { unmount: () => void }, summary: string) {
  view.unmount();
  const again = renderWizard();
  await again.user.click(await screen.findByRole('button', { name: `general-x86 · 4 nodes · ${summary}` }));
  return again;
}

/** general-x86's batches, top to bottom, as read: each one's heading (position and priority) and its label key. */
const batchesShown = () =>
  within(screen.getByRole('list', { name: 'Batches in general-x86' }))
    .getAllByRole('group')
    .map((batch) => {
      const heading = within(batch).getByText(/^Batch \d+ · priority \d+$/).textContent;
      return `${heading}: ${(within(batch).getByRole('combobox', { name: /^Label key for / }) as HTMLInputElement).value}`;
    });

// Keys and values are pasted, not typed: every keystroke re-renders the step and re-saves the draft (about 0.3 s each
// on a loaded machine), and no test here is about typing itself. Enter, which adds a value, is still pressed.
async function addBatch(user: UserEvent, key: string, operator = 'in', values: string[] = []) {
  await user.click(screen.getByRole('button', { name: 'Add batch to general-x86' }));
  expect(screen.getByRole('combobox', { name: `Label key for ${where}` })).toHaveFocus();
  await user.paste(key);
  await user.selectOptions(screen.getByRole('combobox', { name: `Operator for ${where}` }), operator);
  for (const value of values) await addValue(user, value);
}

async function addValue(user: UserEvent, value: string) {
  await user.click(screen.getByRole('combobox', { name: `Values for ${where}` }));
  await user.paste(value);
  await user.keyboard('{Enter}');
}

describe('node batches step', () => {
  it('lists every pool closed, in upgrade order, with no alert while Kubernetes labels are read', async () => {
    renderWizardAt('node-batches');
    expect(await screen.findByRole('button', { name: 'DefaultPool · 1 node · no batches' })).toHaveAttribute('aria-expanded', 'false');
    const names = screen.getAllByRole('button', { name: / · / }).map((button) => button.textContent?.split(' · ')[0]);
    expect(names).toEqual(['DefaultPool', 'gpu-inference', 'arm-batch', 'general-x86']);
    expect(screen.queryByText('Labels set by hand are not visible here')).not.toBeInTheDocument();
  });

  it('builds upgrade-wave in [canary], counts and shows its nodes live, and writes it to the plan', async () => {
    const view = await openGeneral();
    const { user } = view;
    await addBatch(user, 'upgrade-wave', 'in', ['canary']);
    expect(screen.getByRole('status', { name: `Nodes matched by ${where}` })).toHaveTextContent('Matches 2 of 4 nodes');
    await user.click(screen.getByRole('button', { name: `Show nodes for ${where}` }));
    const list = screen.getByRole('list', { name: `Nodes matched by ${where}` });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['general-x86-1', 'general-x86-2']);
    expect(screen.getByRole('button', { name: `Hide nodes for ${where}` })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'general-x86 · 4 nodes · 1 batch' })).toBeInTheDocument();
    expect(screen.getByText('2 nodes in general-x86 match no batch; they upgrade last in that pool (wave 5).')).toBeInTheDocument();

    const reloaded = await reloadGeneral(view, '1 batch');
    expect(batchesShown()).toEqual(['Batch 1 · priority 1: upgrade-wave']);
    expect(screen.getByRole('combobox', { name: `Operator for ${where}` })).toHaveDisplayValue('in (value is one of)');
    expect(screen.getByRole('button', { name: 'canary' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: `Nodes matched by ${where}` })).toHaveTextContent('Matches 2 of 4 nodes');
    await next(reloaded.user);
    expect(await screen.findByRole('heading', { level: 2, name: 'Add-ons' })).toBeInTheDocument();
  });

  it('hides values for exists, asks one number for gt, and counts by the operator’s rule', async () => {
    const { user } = await openGeneral();
    await addBatch(user, 'upgrade-wave', 'exists');
    expect(screen.queryByRole('combobox', { name: `Values for ${where}` })).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: `Nodes matched by ${where}` })).toHaveTextContent('Matches 3 of 4 nodes');
    expect(screen.getByRole('option', { name: 'exists (label is present)' })).toBeInTheDocument();

    await user.clear(screen.getByRole('combobox', { name: `Label key for ${where}` }));
    await user.paste('rack');
    await user.selectOptions(screen.getByRole('combobox', { name: `Operator for ${where}` }), 'gt');
    await user.type(screen.getByRole('textbox', { name: `Number for ${where}` }), '2');
    expect(screen.getByRole('status', { name: `Nodes matched by ${where}` })).toHaveTextContent('Matches 2 of 4 nodes');
    expect(batchesShown()).toEqual(['Batch 1 · priority 1: rack']);
    expect(screen.getByRole('combobox', { name: `Operator for ${where}` })).toHaveDisplayValue('gt (number greater than)');
    expect(screen.getByRole('textbox', { name: `Number for ${where}` })).toHaveValue('2');
  });

  it('shows the schema’s message beside the values when "in" has none, and blocks Next until fixed', async () => {
    const { user } = await openGeneral();
    await addBatch(user, 'upgrade-wave');
    await next(user);
    const values = screen.getByRole('combobox', { name: `Values for ${where}` });
    expect(await screen.findByText('operator "in" needs at least one value')).toBeInTheDocument();
    expect(values).toHaveAttribute('aria-invalid', 'true');
    expect(values).toHaveFocus();
    expect(values).toHaveAccessibleDescription('operator "in" needs at least one value');
    expect(screen.getByRole('heading', { level: 2, name: 'Node batches' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'general-x86 · 4 nodes · 1 batch · needs attention' })).toBeInTheDocument();

    await addValue(user, 'main');
    await waitFor(() => expect(screen.queryByText('operator "in" needs at least one value')).not.toBeInTheDocument());
  });

  it('warns beside the batch when its selector matches nothing or its key is on no node', async () => {
    const { user } = await openGeneral();
    await addBatch(user, 'upgrade-wave', 'in', ['nope']);
    expect(screen.getByText('Batch 1 in general-x86 matches no node.')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: `Nodes matched by ${where}` })).toHaveTextContent('Matches 0 of 4 nodes');
    await user.selectOptions(screen.getByRole('combobox', { name: `Operator for ${where}` }), 'exists');
    await user.clear(screen.getByRole('combobox', { name: `Label key for ${where}` }));
    await user.paste('gpu');
    expect(screen.getByText('No node in general-x86 has the label "gpu" (batch 1).')).toBeInTheDocument();
  });

  it('reorders and removes batches, renumbering priorities from the top', async () => {
    // Building batches is what the tests above cover; these two come from a draft, as after a reload.
    const canaryThenRack: Plan['nodeOrder'] = {
      [ids.pool]: [
        { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 2 },
        { nodeSelector: { key: 'rack', operator: 'exists' }, priority: 1 },
      ],
    };
    const { user } = await openGeneral(canaryThenRack, '2 batches');
    expect(batchesShown()).toEqual(['Batch 1 · priority 2: upgrade-wave', 'Batch 2 · priority 1: rack']);
    await user.click(screen.getByRole('button', { name: 'Move up batch 2 in general-x86' }));
    expect(screen.getByRole('button', { name: 'Move down batch 1 in general-x86' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: `Label key for ${where}` })).toHaveValue('rack');
    expect(screen.getByText('2 nodes in general-x86 match both batch 1 and batch 2; each goes with the higher priority.')).toBeInTheDocument();
    expect(batchesShown()).toEqual(['Batch 1 · priority 2: rack', 'Batch 2 · priority 1: upgrade-wave']);

    await user.click(screen.getByRole('button', { name: 'Remove batch 1 in general-x86' }));
    expect(screen.getByRole('button', { name: 'Remove batch 1 in general-x86' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove batch 1 in general-x86' }));
    expect(screen.getByRole('button', { name: 'Add batch to general-x86' })).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Batches in general-x86' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'general-x86 · 4 nodes · no batches' })).toBeInTheDocument();

    // A pool without batches leaves the request (CCE refuses an empty list); only the request JSON shows that.
    await nextUntil(user, 'Review and submit');
    const json = JSON.parse(screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent ?? '');
    expect(json.spec.clusterUpgradeAction).not.toHaveProperty('nodeOrder');
  });

  it('says labels set by hand are invisible when the BFF derives them, with its reason', async () => {
    server.use(http.get('*/api/clusters/:cluster_id/node-labels', () => HttpResponse.json(derivedNodeLabels)));
    renderWizardAt('node-batches');
    expect(await screen.findByText('Labels set by hand are not visible here')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(`No kubeconfig for this cluster: set KUBECONFIG_DIR and put a kubeconfig at <KUBECONFIG_DIR>/${ids.prod}.yaml to read real labels.`);
    expect(screen.getByRole('alert')).not.toHaveTextContent('BFF English');
  });

  it('offers a retry when the pools cannot be loaded', async () => {
    server.use(http.get('*/api/cce/v3/projects/:project_id/clusters/:cluster_id/nodepools', () => HttpResponse.json({ status: 503, code: 'X', message: 'down' }, { status: 503 })));
    renderWizardAt('node-batches');
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
