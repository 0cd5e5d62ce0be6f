import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ids, projectId, upgradeTask } from '../../testing/fixtures';
import { bffError, cceRoute } from '../../testing/handlers';
import { server } from '../../testing/server';
import { renderWithProviders } from '../../testing/render';
import { parseProgress } from './api/task-queries';
import { TaskView } from './components/TaskView';

/** Answers with the given tasks in turn, repeating the last one; counts the polls. */
function sequence(...tasks: ReturnType<typeof upgradeTask>[]) {
  const seen = { polls: 0 };
  server.use(
    http.get(cceRoute('showUpgradeTask'), () => {
      const task = tasks[Math.min(seen.polls, tasks.length - 1)];
      seen.polls += 1;
      return HttpResponse.json(task);
    }),
  );
  return seen;
}

const renderTask = () => renderWithProviders(<TaskView projectId={projectId} clusterId={ids.prod} taskId={ids.task} pollMs={20} />);

describe('task view', () => {
  it('polls until Success, showing phase, progress and versions, then stops', async () => {
    const seen = sequence(upgradeTask('Running', '45%'), upgradeTask('Running', '80%'), upgradeTask('Success', '100%', { completionTime: '2026-03-01T10:40:00Z' }));
    renderTask();
    expect(await screen.findByRole('progressbar', { name: 'Upgrade progress' })).toHaveAttribute('aria-valuenow', '45');
    expect(screen.getByRole('status')).toHaveTextContent('Running');
    expect(screen.getByText('v1.28 → v1.29')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Upgrade succeeded');
    expect(alert).toHaveTextContent('The cluster now runs v1.29.');
    expect(screen.getByRole('status')).toHaveTextContent('Success');
    const polls = seen.polls;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.polls).toBe(polls);
  });

  it('shows the reason of a failed upgrade', async () => {
    sequence(upgradeTask('Failed', '60%', { message: 'node-3 failed to drain: a PodDisruptionBudget blocks eviction' }));
    renderTask();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Upgrade failed');
    expect(alert).toHaveTextContent('Reason: node-3 failed to drain: a PodDisruptionBudget blocks eviction');
  });

  it('shows a progress it cannot parse as text', async () => {
    sequence(upgradeTask('Running', 'step 3 of 8'));
    renderTask();
    expect(await screen.findByText('Progress: step 3 of 8')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Upgrade progress' })).not.toHaveAttribute('aria-valuenow');
  });

  it('explains a failed poll and resumes on Retry', async () => {
    let calls = 0;
    server.use(
      http.get(cceRoute('showUpgradeTask'), () => {
        calls += 1;
        return calls === 1 ? bffError({ status: 504, code: 'UPSTREAM_TIMEOUT', message: 'CCE did not answer within 10 s' }) : HttpResponse.json(upgradeTask('Success', '100%'));
      }),
    );
    const { user } = renderTask();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('CCE could not be reached');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Upgrade succeeded'));
  });

  it.each([
    ['45%', 45],
    [' 7.5 % ', 7.5],
    ['100%', 100],
    ['140%', null],
    ['3/8', null],
    [undefined, null],
  ])('parses progress %j as %j', (raw, value) => {
    expect(parseProgress(raw)).toBe(value);
  });
});
