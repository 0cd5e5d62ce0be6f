import { clusterIdSchema, taskIdSchema } from '../../shared/ids';
import { planIdSchema, revisionNumberSchema } from '../../shared/ids';
import { planImportPath } from '../lib/cluster-paths';
export { taskPath } from '../lib/cluster-paths';
import { matchPath } from '../lib/router';
import { isStepId, newPlanBase, type StepId } from '../features/upgrade-wizard/step-paths';

export type Route =
  /** No step: the wizard opens where its draft stands and puts that step in the address. */
  | { page: 'wizard'; step?: StepId }
  | { page: 'task'; clusterId: string; taskId: string }
  | { page: 'cluster'; clusterId: string }
  | { page: 'plans' }
  | { page: 'plan-import' }
  | { page: 'plan'; planId: string; revision?: number }
  | { page: 'plan-edit'; planId: string; revision: number; step?: StepId }
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
  // The revision being edited keeps its own address while the wizard moves between steps.
  const editStep = matchPath('/plans/:planId/revisions/:revision/edit/:step', pathname);
  const params = shown ?? edit ?? editStep;
  const revision = revisionOf(params?.revision);
  if (!params || !isPlanId(params.planId) || revision === undefined) return null;
  if (shown) return { page: 'plan', planId: params.planId, revision };
  if (!editStep) return { page: 'plan-edit', planId: params.planId, revision };
  return isStepId(editStep.step) ? { page: 'plan-edit', planId: params.planId, revision, step: editStep.step } : null;
}

export function routeFor(pathname: string): Route {
  if (matchPath('/', pathname)) return { page: 'wizard' };
  const step = matchPath(`${newPlanBase}/:step`, pathname);
  // An unknown step is no step: the not-found page says so rather than the wizard guessing.
  if (step) return isStepId(step.step) ? { page: 'wizard', step: step.step } : { page: 'not-found' };
  const task = matchPath('/clusters/:clusterId/tasks/:taskId', pathname);
  // Ids from the address bar go into CCE paths, so only well-formed ones are accepted.
  if (task && clusterIdSchema.safeParse(task.clusterId).success && taskIdSchema.safeParse(task.taskId).success) {
    return { page: 'task', clusterId: task.clusterId!, taskId: task.taskId! };
  }
  const cluster = matchPath('/clusters/:clusterId', pathname);
  if (cluster && clusterIdSchema.safeParse(cluster.clusterId).success) return { page: 'cluster', clusterId: cluster.clusterId! };
  return planRoute(pathname) ?? { page: 'not-found' };
}
