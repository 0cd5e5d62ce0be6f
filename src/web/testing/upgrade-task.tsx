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
