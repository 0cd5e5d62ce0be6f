import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { postCheckRequestSchema } from '../../../shared/check-requests';
import { StrictMode } from 'react';
import { ids, postCheck, projectId, upgradeTask } from '../../testing/fixtures';
import { bffError, cceRoute } from '../../testing/handlers';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { TaskView } from './components/TaskView';
import { renderTask, taskSequence } from '../../testing/upgrade-task';

/** CreatePostCheck answering `respond` once `held` resolves, recording each body it received. */
function postCheckRoute(respond: () => Response, held: Promise<void> = Promise.resolve()) {
  const bodies: unknown[] = [];
  server.use(
    http.post(cceRoute('createPostCheck'), async ({ request }) => {
      bodies.push(postCheckRequestSchema.parse(await request.json()));
      await held;
      return respond();
    }),
  );
  return bodies;
}

const section = () => screen.getByRole('region', { name: 'Post-upgrade check' });

describe('post-upgrade check', () => {
  it('runs once by itself after Success, with the task’s versions, and shows the result', async () => {
    taskSequence(upgradeTask('Running', '90%'), upgradeTask('Success', '100%'));
    const bodies = postCheckRoute(() => HttpResponse.json(postCheck('Success', 'All post-upgrade checks passed')));
    // StrictMode runs effects twice, as the app does in development.
    const { queryClient } = renderWithProviders(
      <StrictMode>
        <TaskView projectId={projectId} clusterId={ids.prod} taskId={ids.task} pollMs={20} />
      </StrictMode>,
    );
    expect(await screen.findByText('Post-upgrade check passed')).toBeInTheDocument();
    expect(section()).toHaveTextContent('All post-upgrade checks passed');
    expect(bodies).toEqual([{ apiVersion: 'v3', kind: 'PostCheckTask', spec: { clusterID: ids.prod, clusterVersion: 'v1.28', targetVersion: 'v1.29' } }]);
    // Re-reading the task (as a refetch does) re-renders the view but sends no second check.
    await queryClient.refetchQueries();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bodies).toHaveLength(1);
  });

  it('shows progress while CCE checks', async () => {
    taskSequence(upgradeTask('Success', '100%'));
    let answer = () => {};
    postCheckRoute(() => HttpResponse.json(postCheck('Success')), new Promise((resolve) => (answer = resolve)));
    renderTask();
    expect(await screen.findByRole('progressbar', { name: 'Running the post-upgrade check' })).toBeInTheDocument();
    expect(within(section()).getByRole('button', { name: 'Run post-check again' })).toBeDisabled();
    answer();
    expect(await screen.findByText('Post-upgrade check passed')).toBeInTheDocument();
    expect(section()).toHaveTextContent('CCE found nothing wrong with the upgraded cluster.');
  });

  it('shows a failed check with CCE’s message and runs it again on request', async () => {
    taskSequence(upgradeTask('Success', '100%'));
    let answer = postCheck('Failed', 'coredns has 1 of 2 replicas ready');
    const bodies = postCheckRoute(() => HttpResponse.json(answer));
    const { user } = renderTask();
    const failed = (await screen.findByText('Post-upgrade check failed')).closest<HTMLElement>('[role="alert"]')!;
    expect(failed).toHaveTextContent('coredns has 1 of 2 replicas ready');
    expect(failed).toHaveTextContent('fix them, then run the check again');
    answer = postCheck('Success', 'All post-upgrade checks passed');
    await user.click(within(section()).getByRole('button', { name: 'Run post-check again' }));
    expect(await screen.findByText('Post-upgrade check passed')).toBeInTheDocument();
    expect(bodies).toHaveLength(2);
  });

  it('explains a check that could not be sent', async () => {
    taskSequence(upgradeTask('Success', '100%'));
    postCheckRoute(() => bffError({ status: 403, code: 'CCE.01403001', message: 'Forbidden' }));
    renderTask();
    await waitFor(() => expect(within(section()).getByRole('alert')).toHaveTextContent('CCE refused the request'));
    expect(within(section()).getByRole('button', { name: 'Run post-check again' })).toBeEnabled();
  });

  it('is not run before the task succeeds', async () => {
    taskSequence(upgradeTask('Running', '50%'));
    const bodies = postCheckRoute(() => HttpResponse.json(postCheck('Success')));
    renderTask();
    await screen.findByRole('progressbar', { name: 'Upgrade progress' });
    expect(screen.queryByRole('region', { name: 'Post-upgrade check' })).not.toBeInTheDocument();
    expect(bodies).toEqual([]);
  });
});
