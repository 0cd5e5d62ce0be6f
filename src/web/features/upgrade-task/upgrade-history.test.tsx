import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BffCode } from '../../../shared/bff-errors';
import { ids, projectId, upgradeTask, upgradeTaskList } from '../../testing/fixtures';
import { bffError, cceRoute } from '../../testing/handlers';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { UpgradeHistoryPage } from './components/UpgradeHistoryPage';

const task = (uid: string, phase: string, from: string, to: string, times: { created: string; updated: string; completed?: string }) => ({
  ...upgradeTask(phase, phase === 'Success' ? '100%' : '40%'),
  metadata: { uid, creationTimestamp: times.created, updateTimestamp: times.updated },
  spec: { version: from, targetVersion: to, items: {} },
  status: { phase, ...(times.completed ? { completionTime: times.completed } : {}) },
});

const history = [
  task('older-task', 'Success', 'v1.27.16-r40', 'v1.28', {
    created: '2026-09-01 08:00:00.000000 +0000 UTC',
    updated: '2026-09-01 09:30:00.000000 +0000 UTC',
    completed: '2026-09-01 09:30:00.000000 +0000 UTC',
  }),
  task('failed-task', 'Failed', 'v1.28.15-r30', 'v1.29', { created: '2026-11-30 05:51:49.751000 +0000 UTC', updated: '2026-11-30 06:16:49.751000 +0000 UTC' }),
  task('running-task', 'Running', 'v1.28.15-r30', 'v1.29', { created: '2026-11-30T07:00:00Z', updated: '2026-11-30T07:05:00Z' }),
];

const answer = (items: ReturnType<typeof task>[]) => server.use(http.get(cceRoute('listUpgradeTasks'), () => HttpResponse.json(upgradeTaskList(items))));
const renderHistory = () => renderWithProviders(<UpgradeHistoryPage projectId={projectId} clusterId={ids.prod} pollMs={60_000} />);

describe('upgrade history page', () => {
  it('lists the cluster’s tasks newest first with outcome, versions, local start with zone and duration, each linking to its task', async () => {
    answer(history);
    renderHistory();
    expect(screen.getByRole('heading', { level: 1, name: 'Upgrade history' })).toBeInTheDocument();
    expect(await screen.findByText('The upgrade tasks CCE keeps for prod-a, newest first.')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Upgrade tasks' });
    const [, running, failed, older] = within(table).getAllByRole('row');
    expect(running).toHaveTextContent('Running');
    expect(running).toHaveTextContent('v1.28.15-r30 → v1.29');
    // Elapsed up to the moment the list was read, which is after the task's start.
    expect(running).toHaveTextContent(/so far/);
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent('25 min');
    expect(older).toHaveTextContent('Succeeded');
    expect(older).toHaveTextContent('v1.27.16-r40 → v1.28');
    expect(older).toHaveTextContent('1 h 30 min');
    // Local time, with the zone named (the tests run in UTC unless TZ says otherwise).
    expect(within(older!).getByRole('rowheader')).toHaveTextContent(/2026.*(UTC|GMT)/);
    const links = within(table).getAllByRole('link', { name: /^Open task started/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      ['running-task', 'failed-task', 'older-task'].map((id) => `/clusters/${ids.prod}/tasks/${id}`),
    );
  });

  it('says so when the cluster has no upgrade tasks', async () => {
    answer([]);
    renderHistory();
    expect(await screen.findByText('CCE lists no upgrade tasks for this cluster. A task appears here once an upgrade is submitted.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains a failed read and reads again on Retry', async () => {
    let calls = 0;
    server.use(
      http.get(cceRoute('listUpgradeTasks'), () => {
        calls += 1;
        return calls === 1
          ? bffError({ status: 502, code: BffCode.UPSTREAM_UNREACHABLE, message: 'The planner could not reach CCE.' })
          : HttpResponse.json(upgradeTaskList(history));
      }),
    );
    const { user } = renderHistory();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('CCE could not be reached');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Upgrade tasks' })).toBeInTheDocument();
  });
});
