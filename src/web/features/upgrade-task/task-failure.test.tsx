import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER, retryUpgradeSchema } from '../../../shared/bff-api';
import { ids, upgradeTask } from '../../testing/fixtures';
import { bffError } from '../../testing/handlers';
import { server } from '../../testing/server';
import { nodePhases, renderTask, taskSequence } from '../../testing/upgrade-task';

const failed = upgradeTask(
  'Failed',
  '60%',
  { reason: 'NodeUpgradeFailed', message: 'general-x86-3 failed to drain: a PodDisruptionBudget blocks eviction' },
  { stage: 'Nodes', currentWave: 3, totalWaves: 7, failedWave: 3, totalNodes: 10, upgradedNodes: 2, upgradingNodes: 0 },
);
const running = upgradeTask('Running', '62%', {}, { stage: 'Nodes', currentWave: 3, totalWaves: 7, totalNodes: 10, upgradedNodes: 2, upgradingNodes: 2 });

/** The BFF's retry route, answering `respond` (once `held` resolves) and recording every request's key and body. */
function retryRoute(respond: () => Response = () => HttpResponse.json({}), held: Promise<void> = Promise.resolve()) {
  const sent: { key: string | null; body: unknown }[] = [];
  server.use(
    http.post('*/api/clusters/:cluster_id/upgrade/retry', async ({ request, params }) => {
      expect(params.cluster_id).toBe(ids.prod);
      sent.push({ key: request.headers.get(IDEMPOTENCY_HEADER), body: await request.json() });
      await held;
      return respond();
    }),
  );
  return sent;
}

const failurePanel = async () => (await screen.findByText('Upgrade failed')).closest<HTMLElement>('[role="alert"]')!;

describe('a failed upgrade', () => {
  it('shows the reason, the failed wave, the Abnormal nodes and what to do next', async () => {
    taskSequence(failed);
    nodePhases({ 'general-x86-3': 'Abnormal', 'general-x86-4': 'Abnormal' });
    renderTask();
    const panel = await failurePanel();
    expect(panel).toHaveTextContent('Reason: NodeUpgradeFailed — general-x86-3 failed to drain: a PodDisruptionBudget blocks eviction');
    expect(panel).toHaveTextContent('The upgrade stopped in wave 3 of 7.');
    expect(await within(panel).findByRole('list', { name: 'Abnormal nodes' })).toHaveTextContent('general-x86-3general-x86-4');
    expect(panel).toHaveTextContent('What to do next: fix the cause CCE names above');
    expect(screen.getByRole('status', { name: 'Task phase' })).toHaveTextContent('Failed');
  });

  it('retries only after confirmation, once under one key even on a double click, then follows the resumed task', async () => {
    const seen = taskSequence(failed);
    let answer = () => {};
    const sent = retryRoute(
      () => {
        taskSequence(running);
        return HttpResponse.json({});
      },
      new Promise((resolve) => (answer = resolve)),
    );
    const { user } = renderTask();
    const panel = await failurePanel();
    await user.click(await within(panel).findByRole('button', { name: 'Retry the upgrade…' }));
    const dialog = screen.getByRole('dialog', { name: 'Retry the upgrade?' });
    expect(dialog).toHaveTextContent(`CCE resumes task ${ids.task} where it stopped (wave 3)`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([]);
    expect(seen.polls).toBe(1);

    await user.click(await within(panel).findByRole('button', { name: 'Retry the upgrade…' }));
    // The second click lands while the first retry is still in flight.
    await user.dblClick(within(screen.getByRole('dialog')).getByRole('button', { name: 'Retry upgrade' }));
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sending the retry…' })).toBeDisabled();
    answer();
    expect(await screen.findByText(/Retry sent: CCE accepted it\. This page follows the task again\./)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(retryUpgradeSchema.parse(sent[0]!.body)).toEqual({ taskId: ids.task });
    await waitFor(() => expect(screen.getByRole('status', { name: 'Task phase' })).toHaveTextContent('Running'));
    expect(screen.queryByText('Upgrade failed')).not.toBeInTheDocument();
    expect(screen.getByText(/This page checks CCE every/)).toBeInTheDocument();
  });

  it('uses a new key for a new attempt', async () => {
    taskSequence(failed);
    const sent = retryRoute(() => bffError({ status: 409, code: 'CCE.01409001', message: 'The task is not in a state that can be retried' }));
    const { user } = renderTask();
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      await user.click(await within(await failurePanel()).findByRole('button', { name: 'Retry the upgrade…' }));
      await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Retry upgrade' }));
      await waitFor(() => expect(sent).toHaveLength(attempt));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }
    expect(sent[0]!.key).not.toBe(sent[1]!.key);
    expect(screen.getByText('The task is not in a state that can be retried')).toBeInTheDocument();
  });

  it('says so when the BFF answered a replayed retry from its record', async () => {
    taskSequence(failed);
    retryRoute(() => HttpResponse.json({}, { headers: { [REPLAYED_HEADER]: 'true' } }));
    const { user } = renderTask();
    await user.click(await within(await failurePanel()).findByRole('button', { name: 'Retry the upgrade…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Retry upgrade' }));
    expect(
      await screen.findByText(/This retry had already been sent: the planner’s server answered from its record of that attempt and did not ask CCE a second time\./),
    ).toBeInTheDocument();
  });

  it('on an unknown outcome says so, keeps reading the task and offers no second retry while it waits', async () => {
    const seen = taskSequence(failed);
    retryRoute(() => bffError({ status: 504, code: 'BFF.OUTCOME_UNKNOWN', message: 'CCE did not answer within 30 s; the retry may or may not have been applied' }));
    const { user } = renderTask();
    await user.click(await within(await failurePanel()).findByRole('button', { name: 'Retry the upgrade…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Retry upgrade' }));
    const warning = (await screen.findByText('The planner cannot tell whether CCE received the retry')).closest('[role="alert"]');
    expect(warning).toHaveTextContent('if its phase moves from Failed to Running, the retry started. If it is still Failed after 2 minutes, the retry did not start; retry again.');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(await failurePanel()).findByRole('button', { name: 'Retry the upgrade…' })).toBeDisabled();
    // A Failed task is normally not polled; after the retry it is, until it moves.
    const polls = seen.polls;
    await waitFor(() => expect(seen.polls).toBeGreaterThan(polls + 2));
    taskSequence(running);
    await waitFor(() => expect(screen.getByRole('status', { name: 'Task phase' })).toHaveTextContent('Running'));
  });
});
