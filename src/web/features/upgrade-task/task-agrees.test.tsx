import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { upgradeDurationsSchema } from '../../../shared/upgrade-durations';
import { formatLocalTime, userTimeZone } from '../../lib/format-time';
import { saveSubmittedPlan } from '../../lib/submitted-plans';
import { ids, nodes, projectId, upgradeTask } from '../../testing/fixtures';
import { bffError, cceRoute } from '../../testing/handlers';
import { BffCode } from '../../../shared/bff-errors';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { canaryFirstBody, failedAtWave2 as failedAtWave2Of, nodePhases, START, taskSequence, withTimes } from '../../testing/upgrade-task';
import { mockVirtualLayout } from '../../testing/virtual-layout';
import { TaskView } from './components/TaskView';


/** Wave 2 (general-x86-2) failed: CCE marks its node Abnormal; its own counters say 1 upgraded, none upgrading, and still "wave 1". */
const failedAtWave2 = failedAtWave2Of({ upgradingNodes: 0 });

const clock = { now: START };
const now = () => clock.now;

const renderTask = (pollMs = 60_000) =>
  renderWithProviders(<TaskView projectId={projectId} clusterId={ids.prod} taskId={ids.task} pollMs={pollMs} now={now} tickMs={20} />);

const summary = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
const waveRows = () =>
  [...screen.getByRole('list', { name: 'Waves and their status' }).children].map((item) => item.textContent?.replace(/[✓⟳○✕]\s*/, ''));
const poolRows = () => within(screen.getByRole('list', { name: 'Progress per node pool' })).getAllByRole('listitem').map((item) => item.textContent);

beforeEach(() => {
  mockVirtualLayout();
  clock.now = START + 65_000;
});
afterEach(() => vi.restoreAllMocks());

describe('task view failed in wave 2: every section tells the same story', () => {
  beforeEach(() => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    taskSequence(failedAtWave2);
    nodePhases({ 'general-x86-2': 'Abnormal' });
  });

  it('shows wave 1 Done, wave 2 Failed with its Abnormal node, and the rest waiting', async () => {
    renderTask();
    expect(await screen.findByText('Failed in wave 2 of 7 (general-x86).')).toBeInTheDocument();
    expect(waveRows()).toEqual([
      'Wave 1 · general-x86 · 1 nodeDone',
      'Wave 2 · general-x86 · 1 nodeFailed (Abnormal: general-x86-2)',
      'Wave 3 · general-x86 · 2 nodesWaiting',
      'Wave 4 · DefaultPool · 1 nodeWaiting',
      'Wave 5 · gpu-inference · 2 nodesWaiting',
      'Wave 6 · arm-batch · 2 nodesWaiting',
      'Wave 7 · arm-batch · 1 nodeWaiting',
    ]);
    expect(within(screen.getByRole('list', { name: 'Nodes that failed' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['general-x86-2']);
  });

  it('counts pools and the summary from the same node states as the waves', async () => {
    renderTask();
    await screen.findByText('Failed in wave 2 of 7 (general-x86).');
    expect(poolRows()).toEqual([
      'general-x86: 1 of 4 upgraded, 1 failed (Abnormal)',
      'DefaultPool: 0 of 1 upgraded',
      'gpu-inference: 0 of 2 upgraded',
      'arm-batch: 0 of 3 upgraded',
    ]);
    expect(summary('Nodes')).toHaveTextContent('1 of 10 upgraded, 1 failed (Abnormal)');
    // CCE's own counter still said wave 1: the page shows the wave the snapshot says it stopped in, everywhere.
    expect(summary('Wave')).toHaveTextContent('Stopped in wave 2 of 7');
    const panel = screen.getByText('Upgrade failed').closest<HTMLElement>('[role="alert"]')!;
    expect(panel).toHaveTextContent('The upgrade stopped in wave 2 of 7.');
    expect(within(panel).getByRole('list', { name: 'Abnormal nodes' })).toHaveTextContent('general-x86-2');
  });

  it('shows when it started and stopped in local time with the zone, how long it ran, and no estimate', async () => {
    renderTask();
    await screen.findByText('Failed in wave 2 of 7 (general-x86).');
    expect(summary('Started')).toHaveTextContent(formatLocalTime(START));
    expect(summary('Started')).toHaveTextContent(userTimeZone());
    expect(summary('Stopped')).toHaveTextContent(formatLocalTime(Date.UTC(2026, 10, 30, 6, 3, 10)));
    expect(summary('Took')).toHaveTextContent('11 min 20 s');
    expect(summary('Estimate')).toHaveTextContent('No estimate while the upgrade is stopped.');
    expect(screen.queryByText(/\+0000 UTC/)).not.toBeInTheDocument();
  });
});

describe('task view: one snapshot per poll', () => {
  it('reads the nodes and add-ons once with every task read, and the summary follows the nodes of that read', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    const reads = { nodes: 0 };
    const phasesByRead = [['general-x86-1'], ['general-x86-3', 'general-x86-4']];
    server.use(
      http.get(cceRoute('listNodes'), () => {
        const busy = new Set(phasesByRead[Math.min(reads.nodes++, phasesByRead.length - 1)]);
        return HttpResponse.json({ ...nodes, items: nodes.items.map((node) => (busy.has(node.metadata.name) ? { ...node, status: { ...node.status, phase: 'Upgrading' } } : node)) });
      }),
    );
    // CCE's counter lags behind the node list: it still says wave 1 when wave 3's nodes are Upgrading.
    const seen = taskSequence(withTimes(upgradeTask('Running', '40%', {}, { stage: 'Nodes', currentWave: 1, totalWaves: 7, totalNodes: 10, upgradedNodes: 0 })));
    renderTask(40);
    expect(await screen.findByText('Current wave: 3 of 7 (general-x86)')).toBeInTheDocument();
    expect(summary('Wave')).toHaveTextContent('3 of 7');
    expect(summary('Nodes')).toHaveTextContent('2 of 10 upgraded, 2 upgrading now');
    expect(poolRows()[0]).toBe('general-x86: 2 of 4 upgraded, 2 upgrading');
    await waitFor(() => expect(seen.polls).toBeGreaterThan(3));
    // Every poll read the node list exactly once beside the task (a read may be in flight as this runs).
    expect(Math.abs(reads.nodes - seen.polls)).toBeLessThanOrEqual(1);
  });
});

describe('task view: names, times and estimates', () => {
  it('names the cluster by its name, with the ID as secondary text, and puts focus on the heading on arrival', async () => {
    taskSequence(withTimes(upgradeTask('Running', '10%')));
    renderTask();
    const heading = screen.getByRole('heading', { level: 1, name: 'Upgrade task' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect((await screen.findByText('prod-a')).closest('p')).toHaveTextContent(/^Cluster prod-a$/);
    expect(screen.getByText(`Cluster ID ${ids.prod} · task ID ${ids.task}`)).toBeInTheDocument();
  });

  it('ticks the elapsed time from the injected clock while the task runs', async () => {
    taskSequence(withTimes(upgradeTask('Running', '10%', {}, { stage: 'Master' })));
    renderTask();
    expect(await screen.findByText('1 min 5 s')).toBeInTheDocument();
    expect(summary('Started')).toHaveTextContent(`${formatLocalTime(START)}`);
    clock.now += 60_000;
    expect(await screen.findByText('2 min 5 s')).toBeInTheDocument();
    expect(screen.getByText('Elapsed', { selector: 'dt' })).toBeInTheDocument();
  });

  it('with the plan, estimates from the duration model as a range, and says which waves are measured', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    server.use(
      http.get('*/api/clusters/:cluster_id/upgrade-durations', () =>
        HttpResponse.json(
          upgradeDurationsSchema.parse({ clusterId: ids.prod, tasks: 3, cluster: null, pools: [{ poolId: ids.armPool, waves: 6, p50Minutes: 12, p90Minutes: 20 }] }),
        ),
      ),
    );
    taskSequence(withTimes(upgradeTask('Running', '40%', {}, { stage: 'Nodes' })));
    nodePhases({ 'general-x86-3': 'Upgrading', 'general-x86-4': 'Upgrading' });
    renderTask();
    await screen.findByText('Current wave: 3 of 7 (general-x86)');
    await waitFor(() =>
      expect(summary('Estimate')).toHaveTextContent(
        'Basis: the planner’s duration model, with measured durations for 2 of the 5 waves left and assumed durations for the others.',
      ),
    );
    expect(summary('Estimate')).toHaveTextContent(/^Expected to finish between .+ and .+ \(in \d+ min to \d+ h( \d+ min)?\)\./);
    expect(summary('Estimate')).toHaveTextContent(userTimeZone());
  });

  it('without the plan, estimates from progress so far and says so', async () => {
    clock.now = START + 10 * 60_000;
    taskSequence(withTimes(upgradeTask('Running', '25%', {}, { stage: 'Nodes' })));
    renderTask();
    expect(await screen.findByText(/Basis: progress so far, 25% done in 10 min, at the same pace\./)).toBeInTheDocument();
    expect(summary('Estimate')).toHaveTextContent(`Expected to finish around ${formatLocalTime(START + 40 * 60_000)} (in about 30 min).`);
  });
});

describe('task view when the node list of a poll cannot be read', () => {
  it('still shows the task, says why the nodes are missing, and reads them again with the task on Retry', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    taskSequence(failedAtWave2);
    let calls = 0;
    server.use(
      http.get(cceRoute('listNodes'), () => {
        calls += 1;
        return calls === 1
          ? bffError({ status: 504, code: BffCode.UPSTREAM_TIMEOUT, message: 'CCE did not answer within 10 s' })
          : HttpResponse.json({ ...nodes, items: nodes.items.map((node) => (node.metadata.name === 'general-x86-2' ? { ...node, status: { ...node.status, phase: 'Abnormal' } } : node)) });
      }),
    );
    const { user } = renderTask();
    const panel = (await screen.findByText('Upgrade failed')).closest<HTMLElement>('[role="alert"]')!;
    expect(panel).toHaveTextContent('The node list could not be read (CCE could not be reached), so Abnormal nodes are not shown.');
    expect(screen.queryByRole('list', { name: 'Waves and their status' })).not.toBeInTheDocument();
    const section = await screen.findByRole('region', { name: 'Node progress' });
    await user.click(within(section).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Failed in wave 2 of 7 (general-x86).')).toBeInTheDocument();
    expect(within(panel).getByRole('list', { name: 'Abnormal nodes' })).toHaveTextContent('general-x86-2');
  });
});
