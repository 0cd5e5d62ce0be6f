import type { Estimate, MinutesRange } from '../../../shared/duration-model';
import { translate } from '../../i18n/parts/task';
import { formatMinutes } from '../../lib/format-duration';
import type { TaskSnapshot } from './task-snapshot';

const MINUTE = 60_000;

/** What is left, and on what it is based. */
export type Remaining =
  /** From the duration model over the predicted waves not yet done: `measuredWaves` of them with measured durations, `assumedWaves` with assumed ones. */
  | { basis: 'model'; minutes: MinutesRange; measuredWaves: number; assumedWaves: number }
  /** From progress so far: elapsed ÷ fraction done, minus elapsed. */
  | { basis: 'progress'; minutes: number; fraction: number }
  /** No estimate: finished, stopped, or nothing done yet to extrapolate from. */
  | { basis: 'none'; why: 'finished' | 'stopped' | 'no-progress' };

const ZERO: MinutesRange = { low: 0, high: 0 };
const add = (a: MinutesRange, b: MinutesRange): MinutesRange => ({ low: a.low + b.low, high: a.high + b.high });
/** A phase under way may end any moment or take its whole length: its low end counts nothing, its high end all of it. */
const underWay = (r: MinutesRange): MinutesRange => ({ low: 0, high: r.high });

/**
 * Minutes left from the duration model (control plane, the waves in order, add-ons; the post-check is the user's
 * own step after the task): phases behind the upgrade count nothing, the one under way counts 0 to its length.
 */
export function remainingFromModel(snapshot: TaskSnapshot, estimate: Estimate): Remaining {
  const waveStates = new Map(snapshot.waves?.map(({ wave, state }) => [wave.number, state]));
  const stage = snapshot.stage;
  const anyWaveMoved = [...waveStates.values()].some((state) => state !== 'waiting');
  let minutes = ZERO;
  let measuredWaves = 0;
  let assumedWaves = 0;
  for (const phase of estimate.phases) {
    switch (phase.kind) {
      case 'control-plane':
        if (stage === 'Master') minutes = add(minutes, underWay(phase.duration));
        else if ((stage === undefined || stage === 'Init') && !anyWaveMoved) minutes = add(minutes, phase.duration);
        break;
      case 'wave': {
        const state = phase.wave ? waveStates.get(phase.wave.number) : undefined;
        if (state === 'done') break;
        minutes = add(minutes, state === 'upgrading' ? underWay(phase.duration) : phase.duration);
        if (phase.source === 'measured') measuredWaves += 1;
        else assumedWaves += 1;
        break;
      }
      case 'addons':
        if (stage === 'Addons') minutes = add(minutes, underWay(phase.duration));
        else if (stage !== 'Done') minutes = add(minutes, phase.duration);
        break;
      case 'post-check':
        break;
    }
  }
  return { basis: 'model', minutes, measuredWaves, assumedWaves };
}

/** Elapsed ÷ fraction done, minus elapsed: how long the rest takes at the pace so far. */
export function remainingFromProgress(elapsedMs: number, fraction: number | undefined): Remaining {
  if (fraction === undefined || fraction <= 0 || elapsedMs <= 0) return { basis: 'none', why: 'no-progress' };
  const total = elapsedMs / Math.min(fraction, 1);
  return { basis: 'progress', minutes: (total - elapsedMs) / MINUTE, fraction: Math.min(fraction, 1) };
}

/** The estimate the task view shows: none once the task ended or stopped, the model where the waves are known, else progress. */
export function remaining(snapshot: TaskSnapshot, elapsedMs: number | undefined, estimate: Estimate | undefined, fraction: number | undefined): Remaining {
  if (snapshot.succeeded) return { basis: 'none', why: 'finished' };
  if (snapshot.failed || snapshot.phase === 'Pause') return { basis: 'none', why: 'stopped' };
  if (estimate && snapshot.waves) return remainingFromModel(snapshot, estimate);
  return remainingFromProgress(elapsedMs ?? 0, fraction);
}

/**
 * "45 s", "3 min 5 s", "1 h 2 min" ("45秒", "3分钟5秒", "1小时2分钟"): an elapsed time that visibly ticks, to the second
 * below an hour. Whole minutes and hours read as every other duration does (format-duration.ts).
 */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return translate('task.elapsed.seconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60 && seconds % 60 !== 0) return translate('task.elapsed.minutesSeconds', { minutes, seconds: seconds % 60 });
  return formatMinutes(minutes);
}
