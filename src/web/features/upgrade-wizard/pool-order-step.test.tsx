import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ids } from '../../testing/fixtures';
import { nextUntil, renderWizard, renderWizardAt } from '../../testing/upgrade-wizard';

const poolNames = ['DefaultPool', 'general-x86', 'gpu-inference', 'arm-batch'];
const ORDERED = 'Upgrade first, in this order';
const DEFAULT = 'CCE default order';

/** Pool names in a list, top to bottom, as the user reads them. */
const namesIn = (list: string) =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((item) => poolNames.find((name) => within(item).queryByText(name)));

/** Each pool's row as read in a list: its position number, where it shows one, then its name. */
const rowsIn = (list: string) =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((item) => [/^\d+\./.exec(item.textContent ?? '')?.[0], poolNames.find((name) => within(item).queryByText(name))].filter(Boolean).join(' '));

const threeOrdered = { [ids.gpuPool]: 3, [ids.pool]: 2, [ids.armPool]: 1 };

async function openWith(nodePoolOrder: Record<string, number>) {
  const view = renderWizardAt('pool-order', { nodePoolOrder });
  await screen.findByRole('heading', { level: 3, name: DEFAULT });
  return view;
}

/** Reloads the page: the wizard goes away and opens again from the draft it stored. */
async function reload(view: { unmount: () => void }) {
  view.unmount();
  const again = renderWizard();
  await screen.findByRole('heading', { level: 3, name: DEFAULT });
  return again;
}

describe('node pool order step', () => {
  beforeEach(() => {
    // jsdom lays nothing out; dnd-kit's keyboard sensor needs list items stacked top to bottom.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const index = this.tagName === 'LI' && this.parentElement ? [...this.parentElement.children].indexOf(this) : 0;
      return DOMRect.fromRect({ x: 0, y: index * 80, width: 600, height: 70 });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('follows the strategy step and lists every pool in CCE’s default order, with the rule in words', async () => {
    const { user } = renderWizardAt('strategy');
    await nextUntil(user, 'Node pool order');
    expect(await screen.findByRole('region', { name: DEFAULT })).toHaveTextContent('smaller pools (fewer nodes) first');
    expect(namesIn(DEFAULT)).toEqual(['DefaultPool', 'gpu-inference', 'arm-batch', 'general-x86']);
    const arm = within(screen.getByRole('list', { name: DEFAULT })).getAllByRole('listitem')[2]!;
    expect(arm).toHaveTextContent(`3 nodes`);
    expect(arm).toHaveTextContent(`Id ${ids.armPool} · Flavors kc1.large.2 · Architecture arm64 · Zones ap-southeast-1a, ap-southeast-1c`);
    expect(screen.getByRole('region', { name: ORDERED })).toHaveTextContent('No pool is ordered yet');
    expect(screen.queryByRole('list', { name: ORDERED })).not.toBeInTheDocument();
  });

  it('moves pools to the ordered list and back, with distinct priorities for the ordered ones only', async () => {
    const view = await openWith({});
    const { user } = view;
    await user.click(screen.getByRole('button', { name: 'Order gpu-inference' }));
    expect(screen.getByRole('button', { name: 'Reorder pool gpu-inference' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Order general-x86' }));
    expect(namesIn(ORDERED)).toEqual(['gpu-inference', 'general-x86']);
    expect(namesIn(DEFAULT)).toEqual(['DefaultPool', 'arm-batch']);
    expect(rowsIn(ORDERED)).toEqual(['1. gpu-inference', '2. general-x86']);
    expect(rowsIn(DEFAULT)).toEqual(['DefaultPool', 'arm-batch']);
    expect(screen.getByRole('status', { name: 'Pool order updates' })).toHaveTextContent('general-x86 upgrades first, at position 2 of 2.');

    await user.click(screen.getByRole('button', { name: 'Back to default order gpu-inference' }));
    expect(namesIn(ORDERED)).toEqual(['general-x86']);
    expect(namesIn(DEFAULT)).toEqual(['DefaultPool', 'gpu-inference', 'arm-batch']);
    expect(screen.getByRole('button', { name: 'Order gpu-inference' })).toHaveFocus();

    await reload(view);
    expect(rowsIn(ORDERED)).toEqual(['1. general-x86']);
    expect(rowsIn(DEFAULT)).toEqual(['DefaultPool', 'gpu-inference', 'arm-batch']);
  });

  it('restores a draft’s order and reorders with the Move buttons', async () => {
    const view = await openWith(threeOrdered);
    const { user } = view;
    expect(namesIn(ORDERED)).toEqual(['gpu-inference', 'general-x86', 'arm-batch']);
    expect(namesIn(DEFAULT)).toEqual(['DefaultPool']);
    expect(screen.getByRole('button', { name: 'Move up gpu-inference' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move down arm-batch' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Move down gpu-inference' }));
    expect(namesIn(ORDERED)).toEqual(['general-x86', 'gpu-inference', 'arm-batch']);
    expect(screen.getByRole('button', { name: 'Move down gpu-inference' })).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Pool order updates' })).toHaveTextContent('gpu-inference moved to position 2 of 3.');
    await user.click(screen.getByRole('button', { name: 'Move up arm-batch' }));
    expect(namesIn(ORDERED)).toEqual(['general-x86', 'arm-batch', 'gpu-inference']);

    await reload(view);
    expect(rowsIn(ORDERED)).toEqual(['1. general-x86', '2. arm-batch', '3. gpu-inference']);
    expect(rowsIn(DEFAULT)).toEqual(['DefaultPool']);
  });

  it('reorders by keyboard with the drag handle and announces each move by pool name', async () => {
    const view = await openWith(threeOrdered);
    const { user } = view;
    const handle = screen.getByRole('button', { name: 'Reorder pool gpu-inference' });
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    handle.focus();
    await user.keyboard(' ');
    expect(await screen.findByText('Picked up pool gpu-inference. It is at position 1 of 3.')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByText('Pool gpu-inference was moved to position 2 of 3.')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(await screen.findByText('Pool gpu-inference was dropped at position 2 of 3.')).toBeInTheDocument();

    await waitFor(() => expect(namesIn(ORDERED)).toEqual(['general-x86', 'gpu-inference', 'arm-batch']));

    await reload(view);
    expect(rowsIn(ORDERED)).toEqual(['1. general-x86', '2. gpu-inference', '3. arm-batch']);
  });

  it('puts the order into the request JSON', async () => {
    const { user } = await openWith(threeOrdered);
    await user.click(screen.getByRole('button', { name: 'Move up general-x86' }));
    await nextUntil(user, 'Review and submit');
    const json = JSON.parse(screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent ?? '');
    expect(json.spec.clusterUpgradeAction.nodePoolOrder).toEqual({ [ids.pool]: 3, [ids.gpuPool]: 2, [ids.armPool]: 1 });
  });
});
