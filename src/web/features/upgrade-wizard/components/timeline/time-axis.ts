import type { MinutesRange } from '../../../../../shared/duration-model';
import { activeLocale } from '../../../../i18n/i18n';
import { translate } from '../../../../i18n/parts/schedule';
import { formatMinutes } from '../../../../lib/format-duration';

/** Minutes to pixels. d3-scale's linear scale does more, but this chart needs only this and the chunk stays small. */
export const linearScale = (domainMax: number, width: number) => (minutes: number) => (minutes / domainMax) * width;

// Round steps people read at a glance; the first that leaves about 80 px between ticks wins.
const STEPS = [5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720, 1440];
const TICK_SPACING = 80;

export interface Tick {
  minute: number;
  label: string;
}

// Clock times in the planner's language (24-hour in Chinese), on the user's wall clock; built once per language.
const clocks = new Map<string, { clock: Intl.DateTimeFormat; dayClock: Intl.DateTimeFormat }>();
function clocksFor(locale: string) {
  let formats = clocks.get(locale);
  if (!formats) {
    formats = {
      clock: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
      dayClock: new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' }),
    };
    clocks.set(locale, formats);
  }
  return formats;
}
const at = (startsAt: Date, minute: number) => new Date(startsAt.getTime() + minute * 60_000);
const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();


/** A moment of the upgrade: wall clock (with the weekday once it is another day) when the start is known, else "+1 h 20 min". */
export function formatMoment(minute: number, startsAt?: Date): string {
  if (!startsAt) return `+${formatMinutes(minute)}`;
  const when = at(startsAt, minute);
  const { clock, dayClock } = clocksFor(activeLocale());
  return (sameDay(when, startsAt) ? clock : dayClock).format(when);
}

/** "+10 min to +14 min", or one moment when the range has none. */
export function formatMomentRange({ low, high }: MinutesRange, startsAt?: Date): string {
  const from = formatMoment(low, startsAt);
  const to = formatMoment(high, startsAt);
  return from === to ? from : translate('schedule.moment.range', { from, to });
}


/**
 * Ticks across [0, domainMax] drawn `width` px wide. With a start instant they fall on round wall-clock times in the
 * user's zone (02:00, 02:30, …); without one they count from the start (+30 min, +1 h, …).
 */
export function timeTicks(domainMax: number, width: number, startsAt?: Date): Tick[] {
  const wanted = (domainMax / Math.max(width, 1)) * TICK_SPACING;
  const step = STEPS.find((candidate) => candidate >= wanted) ?? Math.ceil(wanted / 1440) * 1440;
  // Minutes past local midnight of the start, so ticks land on round local times.
  const offset = startsAt ? (startsAt.getTime() / 60_000 - startsAt.getTimezoneOffset()) % step : 0;
  const first = offset === 0 ? 0 : step - offset;
  const ticks: Tick[] = [];
  for (let minute = first; minute <= domainMax; minute += step) ticks.push({ minute, label: formatMoment(minute, startsAt) });
  return ticks;
}
