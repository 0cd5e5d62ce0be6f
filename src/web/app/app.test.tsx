import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ids, session, upgradeResponse } from '../testing/fixtures';
import { bffError } from '../testing/handlers';
import { BffCode } from '../../shared/bff-errors';
import { renderWithProviders } from '../testing/render';
import { server } from '../testing/server';
import { App } from './app';
import { confirmSubmit, passPreCheck, storeDraftAt } from '../testing/upgrade-wizard';
import { REPLAYED_HEADER } from '../../shared/bff-api';

const renderAt = (path: string) => {
  window.history.replaceState(null, '', path);
  return renderWithProviders(<App />);
};

describe('app', () => {
  it('says plainly when it runs against the simulator', async () => {
    renderAt('/');
    expect(await screen.findByText('Demo mode — you are planning against a built-in CCE simulator; nothing reaches Huawei Cloud.')).toBeInTheDocument();
    expect(screen.getByText(`Region ${session.region} · project ${session.projectId}`)).toBeInTheDocument();
    // The banner shows with the session's answer; the page below it renders after (deferred), so it is awaited.
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan a cluster upgrade' })).toBeInTheDocument();
  });

  it('shows no demo banner in real mode', async () => {
    server.use(http.get('*/api/session', () => HttpResponse.json({ ...session, mode: 'real' })));
    renderAt('/');
    expect(await screen.findByText(/Connected to Huawei Cloud CCE/)).toBeInTheDocument();
    expect(screen.queryByText(/Demo mode/)).not.toBeInTheDocument();
  });

  it('opens the task view from its own address', async () => {
    renderAt(`/clusters/${ids.prod}/tasks/${ids.task}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Upgrade task' })).toBeInTheDocument();
    expect(await screen.findByRole('progressbar', { name: 'Upgrade progress' })).toHaveAttribute('aria-valuenow', '45');
    expect(screen.getByText(/Demo mode/)).toBeInTheDocument();
    expect(document.title).toBe('Upgrade task — CCE Upgrade Planner');
  });

  it('answers an unknown or malformed address with a way home', async () => {
    const { user } = renderAt('/clusters/not-a-uuid/tasks/x');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Plan a cluster upgrade' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan a cluster upgrade' })).toBeInTheDocument();
    // The wizard's own address replaces the bare one: its first step.
    expect(window.location.pathname).toBe('/plan/cluster');
  });

  it('answers a wizard step that does not exist with the not-found page', async () => {
    renderAt('/plan/rollout');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('opens a wizard step from its address when the plan has got that far', async () => {
    storeDraftAt('review');
    renderAt('/plan/strategy');
    expect(await screen.findByRole('heading', { level: 2, name: 'Rollout strategy' })).toBeInTheDocument();
    expect(document.title).toBe('Plan a cluster upgrade — CCE Upgrade Planner');
  });

  it('explains a session failure and retries', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/session', () => {
        calls += 1;
        return calls === 1 ? bffError({ status: 500, code: BffCode.INTERNAL, message: 'The planner hit an unexpected error. Try again; if it persists, check the BFF logs.' }) : HttpResponse.json(session);
      }),
    );
    const { user } = renderAt('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The planner hit an unexpected error');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/Demo mode/)).toBeInTheDocument();
  });

  /** Opens a stored plan on review and submits it: walking every step is review-submit's journey, the route after it is new here. */
  async function submitStoredPlan() {
    storeDraftAt('review');
    const { user } = renderAt('/');
    await passPreCheck(user);
    const dialog = await confirmSubmit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Upgrade task' })).toBeInTheDocument();
    return user;
  }

  it('goes from submit to the task address', async () => {
    await submitStoredPlan();
    expect(window.location.pathname).toBe(`/clusters/${ids.prod}/tasks/${ids.task}`);
    expect(screen.queryByText(/already been submitted/)).not.toBeInTheDocument();
  });

  it('says on the task page when the submit was a replay of an earlier one, in the language chosen after it', async () => {
    server.use(http.post('*/api/clusters/:cluster_id/upgrade', () => HttpResponse.json(upgradeResponse, { headers: { [REPLAYED_HEADER]: 'true' } })));
    const user = await submitStoredPlan();
    expect(screen.getByText('This plan had already been submitted: this is the upgrade it started.')).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: '中文' }));
    expect(await screen.findByText('此计划此前已提交：这是它启动的升级。')).toBeInTheDocument();
  });
});
