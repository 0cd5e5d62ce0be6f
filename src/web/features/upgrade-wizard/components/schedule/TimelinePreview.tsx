import { lazy, Suspense } from 'react';
import { LoadingState } from '../../../../components/LoadingState';
import { useT } from '../../../../i18n/parts/schedule';

// The duration model, its fields and the picture are not needed before the strategy step: fetched when it opens.
const loadLiveSchedule = () => import('./LiveSchedule');
const LiveSchedule = lazy(() => loadLiveSchedule().then((m) => ({ default: m.LiveSchedule })));

/** Fetches the timeline's code ahead of the steps that show it (a failure here is the step's to show, when it loads). */
export function preloadTimeline(): void {
  loadLiveSchedule().catch(() => {});
}

/** The live rollout timeline for the steps whose choices move it (strategy, pool order, batches). */
export function TimelinePreview({ projectId }: { projectId: string }) {
  const t = useT();
  return (
    <Suspense fallback={<LoadingState label={t('schedule.section.loading')} />}>
      <LiveSchedule projectId={projectId} />
    </Suspense>
  );
}
