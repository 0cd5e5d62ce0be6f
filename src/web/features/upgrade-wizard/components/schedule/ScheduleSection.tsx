import { Stack, Typography } from '@mui/material';
import { lazy, Suspense, useId } from 'react';
import { LoadingState } from '../../../../components/LoadingState';
import { useT } from '../../../../i18n/parts/schedule';
import type { Schedule } from '../../use-schedule';
import { AssumptionsPanel } from './AssumptionsPanel';
import { EstimateSummary } from './EstimateSummary';

// The picture is the heaviest part of the estimate; it loads when someone first looks at one.
const RolloutTimeline = lazy(() => import('../timeline/lazy-entry').then((m) => ({ default: m.RolloutTimeline })));

/** The estimate in words, the rollout timeline picture, and the assumptions and window behind them. */
export function ScheduleSection({ schedule }: { schedule: Schedule }) {
  const t = useT();
  const headingId = useId();
  const names = new Map(schedule.orderedPools.map((pool) => [pool.id, pool.name]));
  const poolName = (id: string) => names.get(id) ?? id;
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2}>
      <Typography variant="h3" id={headingId}>{t('schedule.section.heading')}</Typography>
      <EstimateSummary schedule={schedule} poolName={poolName} />
      <AssumptionsPanel settings={schedule.settings} onChange={schedule.updateSettings} measured={schedule.measured} poolName={poolName} />
      <Suspense fallback={<LoadingState label={t('schedule.section.loading')} />}>
        <RolloutTimeline
          estimate={schedule.estimate}
          pools={schedule.orderedPools}
          startsAt={schedule.startsAt}
          windowMinutes={schedule.settings.window?.minutes}
        />
      </Suspense>
    </Stack>
  );
}
