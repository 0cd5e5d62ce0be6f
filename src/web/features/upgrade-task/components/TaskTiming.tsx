import { Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import type { Estimate } from '../../../../shared/duration-model';
import { translate, useT } from '../../../i18n/parts/task';
import { formatMinutes, formatMinutesRange } from '../../../lib/format-duration';
import { formatLocalTime } from '../../../lib/format-time';
import { isFinished, parseProgress } from '../api/task-queries';
import { fractionDone, type TaskSnapshot } from '../task-snapshot';
import { taskTimes } from '../../../lib/task-history';
import { formatElapsed, remaining, type Remaining } from '../task-timing';
import { DefinitionRows } from './TaskSummary';

const MINUTE = 60_000;

/** Which figures the estimate rests on, in one sentence. */
function basisOf(estimate: Extract<Remaining, { basis: 'model' }>): string {
  const { measuredWaves: measured, assumedWaves: assumed } = estimate;
  const left = measured + assumed;
  if (left === 0) return translate('task.timing.basisDone');
  if (measured === 0) return translate('task.timing.basisAssumed', { left });
  if (assumed === 0) return translate('task.timing.basisMeasured', { left });
  return translate('task.timing.basisMixed', { measured, left });
}

function describeRemaining(estimate: Remaining, now: number, elapsedMs: number): ReactNode {
  switch (estimate.basis) {
    case 'model': {
      const { low, high } = estimate.minutes;
      const same = Math.round(low) === Math.round(high);
      const when = same
        ? translate('task.timing.around', { time: formatLocalTime(now + low * MINUTE), duration: formatMinutes(low) })
        : translate('task.timing.between', {
            from: formatLocalTime(now + low * MINUTE),
            to: formatLocalTime(now + high * MINUTE),
            range: formatMinutesRange(estimate.minutes),
          });
      return (
        <>
          {when}
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>{basisOf(estimate)}</Typography>
        </>
      );
    }
    case 'progress':
      return (
        <>
          {translate('task.timing.around', { time: formatLocalTime(now + estimate.minutes * MINUTE), duration: formatMinutes(estimate.minutes) })}
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
            {translate('task.timing.basisProgress', { percent: Math.round(estimate.fraction * 100), elapsed: formatElapsed(elapsedMs) })}
          </Typography>
        </>
      );
    case 'none':
      return translate(estimate.why === 'stopped' ? 'task.timing.noneStopped' : 'task.timing.noneYet');
  }
}

/** Ticks `now()` every `tickMs` while `running`; the clock is injected so tests need no real waiting. */
function useClock(now: () => number, tickMs: number, running: boolean): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTime(now()), tickMs);
    return () => clearInterval(timer);
  }, [now, tickMs, running]);
  return time;
}

interface TaskTimingProps {
  task: UpgradeTask;
  snapshot: TaskSnapshot;
  /** The duration model over the predicted waves; undefined without the plan. */
  estimate: Estimate | undefined;
  now: () => number;
  tickMs: number;
}

/** Start, elapsed time (ticking while the task runs) and when it should finish, with what that estimate rests on. */
export function TaskTiming({ task, snapshot, estimate, now, tickMs }: TaskTimingProps) {
  const running = !isFinished(task);
  const time = useClock(now, tickMs, running);
  const t = useT();
  const { startedAt, endedAt, elapsedMs } = taskTimes(task, time);
  const rows: [string, ReactNode][] = [];
  rows.push([t('task.timing.started'), startedAt === undefined ? t('task.timing.noStart') : formatLocalTime(startedAt)]);
  if (elapsedMs !== undefined) rows.push([t(running ? 'task.timing.elapsed' : 'task.timing.took'), formatElapsed(elapsedMs)]);
  if (!running && endedAt !== undefined) rows.push([t(snapshot.succeeded ? 'task.timing.finished' : 'task.timing.stopped'), formatLocalTime(endedAt)]);
  if (!snapshot.succeeded) {
    const estimateNow = remaining(snapshot, elapsedMs, estimate, fractionDone(snapshot, parseProgress(task.status.progress)));
    rows.push([t('task.timing.estimate'), describeRemaining(estimateNow, time, elapsedMs ?? 0)]);
  }
  return <DefinitionRows rows={rows} label={t('task.timing.label')} />;
}
