import { lazy, Suspense } from 'react';
import type { Plan } from '../../../../../shared/plan';
import { LoadingState } from '../../../../components/LoadingState';
import { useT } from '../../../../i18n/parts/addons';

// From the add-ons step's own chunk (already fetched by anyone who passed the add-ons step).
const AddonFateList = lazy(() => import('./lazy-entry').then((m) => ({ default: m.AddonFateList })));

/** The review's account of the add-ons: every installed one, patched or not. */
export function AddonPatchSummary({ projectId, plan }: { projectId: string; plan: Plan }) {
  const t = useT();
  return (
    <Suspense fallback={<LoadingState label={t('addons.loadingSummary')} />}>
      <AddonFateList projectId={projectId} plan={plan} />
    </Suspense>
  );
}
