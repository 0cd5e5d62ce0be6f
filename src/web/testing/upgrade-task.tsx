import { http, HttpResponse } from 'msw';
import type { QueryClient } from '@tanstack/react-query';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../shared/plan';
import { ids, nodes, projectId, upgradeTask } from './fixtures';
import { cceRoute } from './handlers';
import { renderWithProviders } from './render';
import { server } from './server';
import { TaskView } from '../features/upgrade-task/components/TaskView';

/**
 * A submitted plan on prod-payments: general-x86 first, its two canary nodes ahead of the rest, step 2. Its waves:
 * 1 [general-x86-1] · 2 [general-x86-2] · 3 [general-x86-3, -4] · 4 [DefaultPool-1] · 5 [gpu-inference-1, -2] · 6 [arm-batch-1, -2] · 7 [arm-batch-3]
 */
export const canaryFirstBody = serializeUpgradeRequest(
  toUpgradeRequest({
    ...emptyPlan(ids.prod),
    targetVersion: 'v1.29',
    userDefinedStep: 2,
    nodePoolOrder: { [ids.pool]: 10 },
    nodeOrder: { [ids.pool]: [{ nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 10 }] },
  }),
);

/** ShowUpgradeTask answers with the given tasks in turn, repeating the last one; counts the polls. */
export function taskSequence(...tasks: ReturnType<typeof upgradeTask>[]) {
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

/** ListNodes answers with these node names in these phases. */
export function nodePhases(phases: Record<string, string>) {
  server.use(
    http.get(cceRoute('listNodes'), () =>
      HttpResponse.json({
        ...nodes,
        items: nodes.items.map((node) => {
          const phase = phases[node.metadata.name];
          return phase ? { ...node, status: { ...node.status, phase } } : node;
        }),
      }),
    ),
  );
}

export const renderTask = (pollMs = 20, queryClient?: QueryClient) =>
  renderWithProviders(<TaskView projectId={projectId} clusterId={ids.prod} taskId={ids.task} pollMs={pollMs} />, queryClient ? { queryClient } : {});

// CCE's Go-style timestamps, as the simulator writes them.
export const CREATED = '2026-11-30 05:51:49.751000 +0000 UTC';
export const START = Date.UTC(2026, 10, 30, 5, 51, 49, 751);

/** The task as created at CREATED and last updated at `updated`. */
export const withTimes = (task: ReturnType<typeof upgradeTask>, updated = CREATED) => ({
  ...task,
  metadata: { ...task.metadata, creationTimestamp: CREATED, updateTimestamp: updated },
});

/** Wave 2 (general-x86-2) failed: its own counters say 1 upgraded, and still "wave 1"; `items` adds to those counters. */
export const failedAtWave2 = (items: Record<string, unknown> = {}) =>
  withTimes(
    upgradeTask('Failed', '31%', { reason: 'NodeUpgradeFailed', message: 'general-x86-2 failed to drain' }, {
      stage: 'Nodes',
      currentWave: 1,
      totalWaves: 7,
      failedWave: 2,
      totalNodes: 10,
      upgradedNodes: 1,
      ...items,
    }),
    '2026-11-30 06:03:10.000000 +0000 UTC',
  );
