import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSubmittedPlan } from '../../lib/submitted-plans';
import { ids, nodes, projectId, upgradeTask } from '../../testing/fixtures';
import { cceRoute } from '../../testing/handlers';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { mockVirtualLayout } from '../../testing/virtual-layout';
import { canaryFirstBody } from '../../testing/upgrade-task';
import { TaskView } from './components/TaskView';


/** ListNodes answers with these nodes Upgrading, one list per call, repeating the last. */
function upgrading(...calls: string[][]) {
  let call = 0;
  server.use(
    http.get(cceRoute('listNodes'), () => {
      const busy = new Set(calls[Math.min(call++, calls.length - 1)]);
      const items = nodes.items.map((node) => (busy.has(node.metadata.name) ? { ...node, status: { ...node.status, phase: 'Upgrading' } } : node));
      return HttpResponse.json({ ...nodes, items });
    }),
  );
}

function task(...phases: string[]) {
  let poll = 0;
  server.use(http.get(cceRoute('showUpgradeTask'), () => HttpResponse.json(upgradeTask(phases[Math.min(poll++, phases.length - 1)]!, '50%'))));
}

const renderTask = (pollMs = 60_000) => renderWithProviders(<TaskView projectId={projectId} clusterId={ids.prod} taskId={ids.task} pollMs={pollMs} />);
const statuses = () =>
  [...screen.getByRole('list', { name: 'Waves and their status' }).children].map((item) => item.textContent?.replace(/[✓⟳○]\s*/, ''));

beforeEach(() => mockVirtualLayout());
afterEach(() => vi.restoreAllMocks());

describe('task view: node progress against the predicted waves', () => {
  it('shows the current wave, the nodes upgrading, per-pool counts and every wave’s status', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    task('Running');
    upgrading(['general-x86-3', 'general-x86-4']);
    renderTask();
    expect(await screen.findByText('Current wave: 3 of 7 (general-x86)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Node progress' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Nodes upgrading now' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'general-x86-3',
      'general-x86-4',
    ]);
    expect(within(screen.getByRole('list', { name: 'Progress per node pool' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'general-x86: 2 of 4 upgraded, 2 upgrading',
      'DefaultPool: 0 of 1 upgraded',
      'gpu-inference: 0 of 2 upgraded',
      'arm-batch: 0 of 3 upgraded',
    ]);
    expect(statuses()).toEqual([
      'Wave 1 · general-x86 · 1 nodeDone',
      'Wave 2 · general-x86 · 1 nodeDone',
      'Wave 3 · general-x86 · 2 nodesUpgrading',
      'Wave 4 · DefaultPool · 1 nodeWaiting',
      'Wave 5 · gpu-inference · 2 nodesWaiting',
      'Wave 6 · arm-batch · 2 nodesWaiting',
      'Wave 7 · arm-batch · 1 nodeWaiting',
    ]);
    // The wave list brings the current wave to the top (mocked items are 100 px high).
    await waitFor(() => expect(screen.getByRole('region', { name: 'Wave progress' }).scrollTop).toBe(200));
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('re-reads the nodes on every task poll and moves on with them; a pause between waves keeps earlier waves done', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    task('Running');
    upgrading(['general-x86-1'], ['gpu-inference-1', 'gpu-inference-2'], []);
    renderTask(30);
    expect(await screen.findByText('Current wave: 1 of 7 (general-x86)')).toBeInTheDocument();
    expect(await screen.findByText('Current wave: 5 of 7 (gpu-inference)')).toBeInTheDocument();
    expect(await screen.findByText('No node is upgrading right now.')).toBeInTheDocument();
    expect(statuses().slice(3, 6)).toEqual(['Wave 4 · DefaultPool · 1 nodeDone', 'Wave 5 · gpu-inference · 2 nodesDone', 'Wave 6 · arm-batch · 2 nodesWaiting']);
  });

  it('marks every wave done once the task succeeds', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    task('Success');
    renderTask();
    expect(await screen.findByText('All 7 waves are done.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Progress per node pool' })).toHaveTextContent('arm-batch: 3 of 3 upgraded');
    expect(statuses().every((status) => status?.endsWith('Done'))).toBe(true);
  });

  it('says when CCE upgrades nodes the prediction placed elsewhere', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    task('Running');
    upgrading(['general-x86-3', 'general-x86-4', 'arm-batch-3']);
    renderTask();
    expect(await screen.findByRole('note')).toHaveTextContent('CCE is upgrading nodes the preview placed in other waves: arm-batch-3.');
  });

  it('keeps the prediction after a reload: the submitted plan is read back from storage', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: canaryFirstBody });
    task('Running');
    upgrading(['DefaultPool-1']);
    const first = renderTask();
    expect(await screen.findByText('Current wave: 4 of 7 (DefaultPool)')).toBeInTheDocument();
    first.unmount();
    renderTask();
    expect(await screen.findByText('Current wave: 4 of 7 (DefaultPool)')).toBeInTheDocument();
  });

  it('without a stored plan shows task-level progress only and says why', async () => {
    task('Running');
    renderTask();
    expect(await screen.findByRole('progressbar', { name: 'Upgrade progress' })).toBeInTheDocument();
    expect(await screen.findByText(/Per-node progress is unavailable: this browser holds no record of the plan/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Waves and their status' })).not.toBeInTheDocument();
  });

  it('ignores a plan stored for another cluster', async () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.edge, body: canaryFirstBody });
    task('Running');
    renderTask();
    await waitFor(() => expect(screen.getByText(/Per-node progress is unavailable/)).toBeInTheDocument());
  });
});
