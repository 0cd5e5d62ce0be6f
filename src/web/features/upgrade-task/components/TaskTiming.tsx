import { Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import type { UpgradeTask } from '../../../../shared/cce-responses';
import type { Estimate } from '../../../../shared/duration-model';
import { formatMinutes, formatMinutesRange } from '../../../../shared/format-minutes';
import { formatLocalTime } from '../../../lib/format-time';
import { isFinished, parseProgress } from '../api/task-queries';
import { fractionDone, type TaskSnapshot } from '../task-snapshot';
import { taskTimes } from '../../../lib/task-history';
import { formatElapsed, remaining, type Remaining } from '../task-timing';
import { DefinitionRows } from './TaskSummary';

const MINUTE = 60_000;
const wavesWord = (n: number) => (n === 1 ? 'wave' : 'waves');

/** Which figures the estimate rests on, in one sentence. */
function basisOf(estimate: Extract<Remaining, { basis: 'model' }>): string {
  const { measuredWaves: measured, assumedWaves: assumed } = estimate;
  const left = measured + assumed;
  if (left === 0) return 'Basis: the planner’s duration model for what follows the waves; every wave is done.';
  if (measured === 0) {
    return `Basis: the planner’s duration model, with assumed durations for the ${left} ${wavesWord(left)} left (this planner has not measured enough upgrades of these node pools yet).`;
  }
  if (assumed === 0) return `Basis: the planner’s duration model, with durations measured in this cluster’s earlier upgrades for the ${left} ${wavesWord(left)} left.`;
  return `Basis: the planner’s duration model, with measured durations for ${measured} of the ${left} waves left and assumed durations for the others.`;
}

function describeRemaining(estimate: Remaining, now: number, elapsedMs: number): ReactNode {
  switch (estimate.basis) {
    case 'model': {
      const { low, high } = estimate.minutes;
      const same = Math.round(low) === Math.round(high);
      const when = same
        ? `Expected to finish around ${formatLocalTime(now + low * MINUTE)} (in about ${formatMinutes(low)}).`
        : `Expected to finish between ${formatLocalTime(now + low * MINUTE)} and ${formatLocalTime(now + high * MINUTE)} (in ${formatMinutesRange(estimate.minutes)}).`;
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
          Expected to finish around {formatLocalTime(now + estimate.minutes * MINUTE)} (in about {formatMinutes(estimate.minutes)}).
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
            Basis: progress so far, {Math.round(estimate.fraction * 100)}% done in {formatElapsed(elapsedMs)}, at the same pace. This browser has no
            record of the plan, so the planner’s duration model cannot be used.
          </Typography>
        </>
      );
    case 'none':
      return estimate.why === 'stopped'
        ? 'No estimate while the upgrade is stopped.'
        : 'No estimate yet: nothing is done to measure the pace by.';
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
  const { startedAt, endedAt, elapsedMs } = taskTimes(task, time);
  const rows: [string, ReactNode][] = [];
  rows.push(['Started', startedAt === undefined ? 'CCE gave no start time.' : formatLocalTime(startedAt)]);
  if (elapsedMs !== undefined) rows.push([running ? 'Elapsed' : 'Took', formatElapsed(elapsedMs)]);
  if (!running && endedAt !== undefined) rows.push([snapshot.succeeded ? 'Finished' : 'Stopped', formatLocalTime(endedAt)]);
  if (!snapshot.succeeded) {
    const estimateNow = remaining(snapshot, elapsedMs, estimate, fractionDone(snapshot, parseProgress(task.status.progress)));
    rows.push(['Estimate', describeRemaining(estimateNow, time, elapsedMs ?? 0)]);
  }
  return <DefinitionRows rows={rows} label="Timing" />;
}
