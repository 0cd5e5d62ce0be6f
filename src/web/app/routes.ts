import { clusterIdSchema, taskIdSchema } from '../../shared/ids';
import { planIdSchema, revisionNumberSchema } from '../../shared/plans-api';
import { planImportPath } from '../lib/plan-files';
export { taskPath } from '../lib/cluster-paths';
import { matchPath } from '../lib/router';

export type Route =
  | { page: 'wizard' }
  | { page: 'task'; clusterId: string; taskId: string }
  | { page: 'cluster'; clusterId: string }
  | { page: 'plans' }
  | { page: 'plan-import' }
  | { page: 'plan'; planId: string; revision?: number }
  | { page: 'plan-edit'; planId: string; revision: number }
  | { page: 'not-found' };

// Revision numbers are digits only: the schema coerces, and " 1" or "1e0" must not name revision 1.
const revisionOf = (text: string | undefined) => (text && /^\d+$/.test(text) ? revisionNumberSchema.safeParse(text).data : undefined);
const isPlanId = (text: string | undefined): text is string => planIdSchema.safeParse(text).success;

function planRoute(pathname: string): Route | null {
  if (matchPath('/plans', pathname)) return { page: 'plans' };
  // Before the plan-id match: "import" is no plan id (nor could it become one, plan ids are UUIDs), but this says so.
  if (matchPath(planImportPath, pathname)) return { page: 'plan-import' };
  const latest = matchPath('/plans/:planId', pathname);
  if (latest) return isPlanId(latest.planId) ? { page: 'plan', planId: latest.planId } : null;
  const shown = matchPath('/plans/:planId/revisions/:revision', pathname);
  const edit = matchPath('/plans/:planId/revisions/:revision/edit', pathname);
  const params = shown ?? edit;
  const revision = revisionOf(params?.revision);
  if (!params || !isPlanId(params.planId) || revision === undefined) return null;
  return { page: edit ? 'plan-edit' : 'plan', planId: params.planId, revision };
}

export function routeFor(pathname: string): Route {
  if (matchPath('/', pathname)) return { page: 'wizard' };
  const task = matchPath('/clusters/:clusterId/tasks/:taskId', pathname);
  // Ids from the address bar go into CCE paths, so only well-formed ones are accepted.
  if (task && clusterIdSchema.safeParse(task.clusterId).success && taskIdSchema.safeParse(task.taskId).success) {
    return { page: 'task', clusterId: task.clusterId!, taskId: task.taskId! };
  }
  const cluster = matchPath('/clusters/:clusterId', pathname);
  if (cluster && clusterIdSchema.safeParse(cluster.clusterId).success) return { page: 'cluster', clusterId: cluster.clusterId! };
  return planRoute(pathname) ?? { page: 'not-found' };
}
