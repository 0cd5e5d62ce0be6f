import { http, HttpResponse } from 'msw';
import type { QueryClient } from '@tanstack/react-query';
import { ids, nodes, projectId, upgradeTask } from '../../testing/fixtures';
import { cceRoute } from '../../testing/handlers';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { TaskView } from './components/TaskView';

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
