import { clusterIdSchema, taskIdSchema } from '../../shared/ids';
import { matchPath } from '../lib/router';

export type Route =
  | { page: 'wizard' }
  | { page: 'task'; clusterId: string; taskId: string }
  | { page: 'not-found' };

export const taskPath = (clusterId: string, taskId: string) =>
  `/clusters/${encodeURIComponent(clusterId)}/tasks/${encodeURIComponent(taskId)}`;

export function routeFor(pathname: string): Route {
  if (matchPath('/', pathname)) return { page: 'wizard' };
  const task = matchPath('/clusters/:clusterId/tasks/:taskId', pathname);
  // Ids from the address bar go into CCE paths, so only well-formed ones are accepted.
  if (task && clusterIdSchema.safeParse(task.clusterId).success && taskIdSchema.safeParse(task.taskId).success) {
    return { page: 'task', clusterId: task.clusterId!, taskId: task.taskId! };
  }
  return { page: 'not-found' };
}
