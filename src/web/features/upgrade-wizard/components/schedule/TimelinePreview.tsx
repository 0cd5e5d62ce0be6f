import { lazy, Suspense } from 'react';
import { LoadingState } from '../../../../components/LoadingState';

// The duration model, its fields and the picture are not needed before the strategy step: fetched when it opens.
const LiveSchedule = lazy(() => import('./LiveSchedule').then((m) => ({ default: m.LiveSchedule })));

/** The live rollout timeline for the steps whose choices move it (strategy, pool order, batches). */
export function TimelinePreview({ projectId }: { projectId: string }) {
  return (
    <Suspense fallback={<LoadingState label="Loading the rollout timeline" />}>
      <LiveSchedule projectId={projectId} />
    </Suspense>
  );
}
