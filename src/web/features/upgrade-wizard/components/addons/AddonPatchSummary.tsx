import { lazy, Suspense } from 'react';
import type { Plan } from '../../../../../shared/plan';
import { LoadingState } from '../../../../components/LoadingState';

// From the add-ons step's own chunk (already fetched by anyone who patched an add-on); a plan without patches loads nothing.
const AddonPatchList = lazy(() => import('./lazy-entry').then((m) => ({ default: m.AddonPatchList })));

/** The review's account of the add-on patches: nothing at all when the plan patches none. */
export function AddonPatchSummary({ projectId, plan }: { projectId: string; plan: Plan }) {
  if (plan.addons.length === 0) return null;
  return (
    <Suspense fallback={<LoadingState label="Loading the add-on patches" />}>
      <AddonPatchList projectId={projectId} plan={plan} />
    </Suspense>
  );
}
