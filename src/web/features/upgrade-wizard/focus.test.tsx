import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { MaintenanceWindow } from '../../../shared/duration-model';
import { preCheckTask } from '../../testing/fixtures';
import { cceRoute } from '../../testing/handlers';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { findRunButton, renderWizardAt } from '../../testing/upgrade-wizard';
import { WindowFields } from './components/schedule/WindowFields';

const nodeRisk = {
  name: 'NodeKernelVersion',
  kind: 'Risk',
  group: 'NodeCheck',
  level: 'Warning',
  phase: 'Failed',
  message: 'Kernel 4.18 has a known cgroup issue',
  riskSource: { nodeRisks: [{ NodeID: 'a0000000-0000-4000-8000-000000000002' }] },
};

/** CreatePreCheck starts task n; ShowPreCheck answers `results[n - 1]` for it (the last one for any later run). */
function checks(...results: ReturnType<typeof preCheckTask>[]) {
  let created = 0;
  server.use(
    http.post(cceRoute('createPreCheck'), () => {
      created++;
      return HttpResponse.json(preCheckTask('Init', {}, {}, `b0000000-0000-4000-8000-00000000000${created}`));
    }),
    http.get(cceRoute('showPreCheck'), ({ params }) => {
      const shown = results[Math.min(created, results.length) - 1]!;
      return HttpResponse.json({ ...shown, metadata: { ...shown.metadata, uid: params.task_id } });
    }),
  );
}

describe('focus after a button goes away', () => {
  it('"Patch to 1.29.5" leaves focus on its card, on the switch that now says coredns is patched', async () => {
    const { user } = renderWizardAt('addons');
    const coredns = await screen.findByRole('region', { name: 'coredns' });
    const patch = within(coredns).getByRole('button', { name: 'Patch to 1.29.5' });
    await user.click(patch);
    expect(patch).not.toBeInTheDocument();
    const toggle = within(coredns).getByRole('switch', { name: 'Patch coredns' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveFocus();
  });

  it('"Patch all proposed add-ons" leaves focus on the first add-on it patched', async () => {
    const { user } = renderWizardAt('addons');
    const patchAll = await screen.findByRole('button', { name: 'Patch all proposed add-ons' });
    await user.click(patchAll);
    expect(patchAll).not.toBeInTheDocument();
    const toggle = within(screen.getByRole('region', { name: 'coredns' })).getByRole('switch', { name: 'Patch coredns' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveFocus();
  });

  it('Cancel on a risk acceptance returns focus to the button that opened it', async () => {
    checks(preCheckTask('Success', { nodes: [{ uid: 'a0000000-0000-4000-8000-000000000002', name: 'general-x86-1', items: [nodeRisk] }] }));
    const { user } = renderWizardAt('review');
    await user.click(await findRunButton());
    await user.click(await screen.findByRole('button', { name: 'Accept risk NodeKernelVersion' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Accept risk NodeKernelVersion' })).toHaveFocus();
  });

  it('"Remove the window" leaves focus on the field where a new window starts', async () => {
    function Harness() {
      const [window, setWindow] = useState<MaintenanceWindow | null>({ start: '2026-12-05T22:00', timeZone: 'Europe/Berlin', minutes: 360 });
      return <WindowFields value={window} onChange={setWindow} />;
    }
    const { user } = renderWithProviders(<Harness />);
    const remove = screen.getByRole('button', { name: 'Remove the window' });
    await user.click(remove);
    expect(remove).not.toBeInTheDocument();
    expect(screen.getByLabelText('Window starts')).toHaveFocus();
  });
});

describe('focus when the pre-upgrade check finishes', () => {
  it('lands on the result heading, the first run and the run after accepting a risk', async () => {
    checks(
      preCheckTask('Success', { nodes: [{ uid: 'a0000000-0000-4000-8000-000000000002', name: 'general-x86-1', items: [nodeRisk] }] }),
      preCheckTask('Success', {}),
    );
    const { user } = renderWizardAt('review');
    await user.click(await findRunButton());
    await waitFor(() => expect(screen.getByRole('heading', { level: 4, name: 'Check result: 1 finding' })).toHaveFocus(), { timeout: 10_000 });

    await user.click(screen.getByRole('button', { name: 'Accept risk NodeKernelVersion' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason for accepting NodeKernelVersion' }), 'The node is drained first');
    await user.click(screen.getByRole('button', { name: 'Accept and run the check again' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 4, name: 'Check result: no findings' })).toHaveFocus(), { timeout: 10_000 });
    expect(screen.getByText('The pre-upgrade check passed')).toBeInTheDocument();
  });

  it('leaves focus where the user went while CCE was checking', async () => {
    checks(preCheckTask('Running'), preCheckTask('Success', {}));
    const { user } = renderWizardAt('review');
    await user.click(await findRunButton());
    await screen.findByText(/^CCE is checking the cluster/, {}, { timeout: 10_000 });
    const copy = screen.getByRole('button', { name: 'Copy JSON' });
    copy.focus();
    server.use(http.get(cceRoute('showPreCheck'), ({ params }) => HttpResponse.json({ ...preCheckTask('Success', {}), metadata: { ...preCheckTask('Success', {}).metadata, uid: params.task_id } })));
    await screen.findByRole('heading', { level: 4, name: 'Check result: no findings' }, { timeout: 10_000 });
    expect(copy).toHaveFocus();
  });
});

describe('fewer tab stops', () => {
  it('the pools in CCE’s default order are one tab stop: arrows, Home and End move between their Order buttons', async () => {
    const { user } = renderWizardAt('pool-order');
    await screen.findByRole('heading', { level: 3, name: 'CCE default order' }, { timeout: 5000 });
    const orderButtons = within(screen.getByRole('list', { name: 'CCE default order' })).getAllByRole('button', { name: /^Order / });
    expect(orderButtons.length).toBeGreaterThan(2);
    orderButtons[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(orderButtons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(orderButtons.at(-1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(orderButtons[0]).toHaveFocus();
    await user.tab();
    expect(orderButtons.some((button) => button === document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(orderButtons[0]).toHaveFocus();
  });
});

describe('skip link to the step’s actions', () => {
  it('goes to Next past the pools and the timeline, and on the review to the check until it passes, then to Submit', async () => {
    const { user } = renderWizardAt('pool-order');
    await screen.findByRole('heading', { level: 3, name: 'CCE default order' }, { timeout: 5000 });
    await user.click(screen.getByRole('link', { name: 'Skip to the step’s actions' }));
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('on the review leads to the pre-upgrade check until it passes, then to Submit upgrade', async () => {
    checks(preCheckTask('Success', {}));
    const { user } = renderWizardAt('review');
    const run = await findRunButton();
    const skip = screen.getByRole('link', { name: 'Skip to the step’s actions' });
    await user.click(skip);
    expect(run).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText('The pre-upgrade check passed')).toBeInTheDocument(), { timeout: 10_000 });
    await user.click(skip);
    expect(screen.getByRole('button', { name: 'Submit upgrade' })).toHaveFocus();
  });
});
