import { lazy, Suspense } from 'react';
import type { Plan } from '../../../../../shared/plan';
import { LoadingState } from '../../../../components/LoadingState';

// The list brings the values diff; a plan without add-on patches never loads it.
const AddonPatchList = lazy(() => import('./AddonPatchList').then((m) => ({ default: m.AddonPatchList })));

/** The review's account of the add-on patches: nothing at all when the plan patches none. */
export function AddonPatchSummary({ projectId, plan }: { projectId: string; plan: Plan }) {
  if (plan.addons.length === 0) return null;
  return (
    <Suspense fallback={<LoadingState label="Loading the add-on patches" />}>
      <AddonPatchList projectId={projectId} clusterId={plan.clusterId} patches={plan.addons} />
    </Suspense>
  );
}
