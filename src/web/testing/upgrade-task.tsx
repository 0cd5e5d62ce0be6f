import { http, HttpResponse } from 'msw';
import type { QueryClient } from '@tanstack/react-query';
import { ids, nodes, projectId, upgradeTask } from './fixtures';
import { cceRoute } from './handlers';
import { renderWithProviders } from './render';
import { server } from './server';
import { TaskView } from '../features/upgrade-task/components/TaskView';

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
