import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ids, upgradeTask } from '../../testing/fixtures';
import { bffError, cceRoute } from '../../testing/handlers';
import { BffCode } from '../../../shared/bff-errors';
import { server } from '../../testing/server';
import { parseProgress } from './api/task-queries';
import { formatLocalTime } from '../../lib/format-time';
import { appQueryClient } from '../../testing/render';
import { nodePhases, renderTask, taskSequence } from '../../testing/upgrade-task';

const phase = () => screen.getByRole('status', { name: 'Task phase' });
const summary = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('task view', () => {
  it('polls until Success, showing phase, stage, node and wave counts, progress and versions, then stops', async () => {
    taskSequence(upgradeTask('Init', '0%', {}, { stage: 'Init', totalWaves: 7, currentWave: 0, totalNodes: 12, upgradedNodes: 0, upgradingNodes: 0 }));
    renderTask();
    expect(await screen.findByRole('status', { name: 'Task phase' })).toHaveTextContent('Starting');
    expect(summary('Stage')).toHaveTextContent('Preparing the upgrade');
    expect(screen.queryByText('Wave', { selector: 'dt' })).not.toBeInTheDocument();
    // The node list read in the same poll says which nodes are upgrading: the summary counts them, not a number of its own.
    nodePhases({ 'general-x86-3': 'Upgrading', 'general-x86-4': 'Upgrading' });
    taskSequence(upgradeTask('Running', '45%', {}, { stage: 'Nodes', totalWaves: 7, currentWave: 3, totalNodes: 12, upgradedNodes: 2, upgradingNodes: 2 }));
    await screen.findByText('Running');
    expect(screen.getByRole('progressbar', { name: 'Upgrade progress' })).toHaveAttribute('aria-valuenow', '45');
    expect(summary('Stage')).toHaveTextContent('Upgrading the nodes');
    expect(summary('Nodes')).toHaveTextContent('2 of 10 upgraded, 2 upgrading now');
    expect(summary('Wave')).toHaveTextContent('3 of 7');
    expect(summary('Version')).toHaveTextContent('v1.28 → v1.29');
    expect(screen.getByText(/This page checks CCE every/)).toBeInTheDocument();
    nodePhases({});
    const seen = taskSequence(upgradeTask('Success', '100%', { completionTime: '2026-03-01 10:40:00.000000 +0000 UTC' }, { stage: 'Done', totalNodes: 10, upgradedNodes: 10 }));
    expect(await screen.findByText('Upgrade succeeded')).toBeInTheDocument();
    expect(screen.getByText('Upgrade succeeded').closest('[role="alert"]')).toHaveTextContent(
      `The cluster now runs v1.29. Finished at ${formatLocalTime(Date.UTC(2026, 2, 1, 10, 40))}.`,
    );
    expect(phase()).toHaveTextContent('Succeeded');
    expect(summary('Nodes')).toHaveTextContent('10 of 10 upgraded');
    expect(screen.queryByText(/This page checks CCE every/)).not.toBeInTheDocument();
    const polls = seen.polls;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.polls).toBe(polls);
  });

  it('shows a progress it cannot parse as text', async () => {
    taskSequence(upgradeTask('Running', 'step 3 of 8'));
    renderTask();
    expect(await screen.findByText('Progress: step 3 of 8')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Upgrade progress' })).not.toHaveAttribute('aria-valuenow');
  });

  it('explains a failed poll and resumes on Retry', async () => {
    let calls = 0;
    server.use(
      http.get(cceRoute('showUpgradeTask'), () => {
        calls += 1;
        return calls === 1 ? bffError({ status: 504, code: BffCode.UPSTREAM_TIMEOUT, message: 'CCE did not answer within 10 s' }) : HttpResponse.json(upgradeTask('Success', '100%'));
      }),
    );
    const { user } = renderTask();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('CCE could not be reached');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Upgrade succeeded')).toBeInTheDocument();
  });

  it('after a reload without the submitted plan still shows the task, the nodes upgrading and per-pool counts', async () => {
    taskSequence(upgradeTask('Running', '45%', {}, { stage: 'Nodes', totalNodes: 10, upgradedNodes: 4, upgradingNodes: 2 }));
    nodePhases({ 'gpu-inference-1': 'Upgrading', 'gpu-inference-2': 'Upgrading' });
    const first = renderTask();
    expect(await screen.findByRole('list', { name: 'Nodes upgrading now' })).toHaveTextContent('gpu-inference-1gpu-inference-2');
    first.unmount();
    renderTask();
    expect(await screen.findByRole('progressbar', { name: 'Upgrade progress' })).toHaveAttribute('aria-valuenow', '45');
    expect(summary('Nodes')).toHaveTextContent('4 of 10 upgraded, 2 upgrading now');
    expect(screen.getByText(/Per-node progress is unavailable: this browser holds no record of the plan/)).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Nodes upgrading now' })).toHaveTextContent('gpu-inference-1gpu-inference-2');
    expect(within(screen.getByRole('list', { name: 'Nodes per node pool' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'DefaultPool: 1 node',
      'general-x86: 4 nodes',
      'gpu-inference: 2 nodes, 2 upgrading',
      'arm-batch: 3 nodes',
    ]);
    expect(screen.getByText(/Neither CCE nor this browser records which add-ons/)).toBeInTheDocument();
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

describe('task view when CCE throttles (429)', () => {
  const throttledOnce = () => {
    const at: number[] = [];
    server.use(
      http.get(cceRoute('showUpgradeTask'), () => {
        at.push(Date.now());
        return at.length === 1
          ? HttpResponse.json({ status: 429, code: 'CCE.02429001', message: 'Throttling threshold reached' }, { status: 429, headers: { 'Retry-After': '1' } })
          : HttpResponse.json(upgradeTask('Running', '50%'));
      }),
    );
    return at;
  };

  it('retries a throttled read after the Retry-After delay and says so in words meanwhile', async () => {
    const at = throttledOnce();
    renderTask(60_000, appQueryClient());
    expect(await screen.findByRole('status', { name: 'Throttling' })).toHaveTextContent(
      'CCE is throttling requests (HTTP 429). The planner will read the task again in 1 second, as CCE asked',
    );
    expect(await screen.findByRole('progressbar', { name: 'Upgrade progress' })).toHaveAttribute('aria-valuenow', '50');
    expect(at).toHaveLength(2);
    // setTimeout never fires early by more than timer rounding: the retry waited the second CCE asked for.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(990);
    expect(screen.queryByRole('status', { name: 'Throttling' })).not.toBeInTheDocument();
  });

  it('keeps polling at CCE’s pace once retries are spent, instead of stopping on the error', async () => {
    const at = throttledOnce();
    renderTask();
    expect(await screen.findByRole('status', { name: 'Throttling' })).toHaveTextContent('read the task again in 1 second');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(await screen.findByRole('progressbar', { name: 'Upgrade progress' })).toHaveAttribute('aria-valuenow', '50');
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(990);
  });
});

describe('task view route ids', () => {
  it('reads the task of the cluster in the address', async () => {
    let asked = '';
    server.use(
      http.get(cceRoute('showUpgradeTask'), ({ params }) => {
        asked = `${String(params.cluster_id)}/${String(params.task_id)}`;
        return HttpResponse.json(upgradeTask('Running', '10%'));
      }),
    );
    renderTask();
    await waitFor(() => expect(asked).toBe(`${ids.prod}/${ids.task}`));
  });
});
