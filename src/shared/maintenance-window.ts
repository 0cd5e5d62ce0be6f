import { z } from 'zod/mini';
import type { MaintenanceWindow, MinutesRange } from './duration-model';
import { schemaMessage } from './schema-messages';

export const WINDOW_MINUTES_MIN = 15;
export const WINDOW_MINUTES_MAX = 7 * 24 * 60;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The wall time as if it were UTC, in epoch milliseconds; undefined unless it is a real calendar date and time. */
function wallAsUtc(start: string): number | undefined {
  const match = WALL_TIME.exec(start);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  const real = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day && hour < 24 && minute < 60;
  return real ? ms : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const fields = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...fields });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Intl is the only time-zone database every browser and Node carry; a zone it refuses is no zone. */
function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

export const maintenanceWindowSchema = z.strictObject({
  start: z.string().check(z.refine((start) => wallAsUtc(start) !== undefined, schemaMessage('windowStart'))),
  timeZone: z.string().check(z.refine(isTimeZone, schemaMessage('timeZone'))),
  minutes: z
    .number(schemaMessage('wholeNumber'))
    .check(
      z.int(schemaMessage('wholeNumber')),
      z.gte(WINDOW_MINUTES_MIN, schemaMessage('atLeastMinutes', { min: WINDOW_MINUTES_MIN })),
      z.lte(WINDOW_MINUTES_MAX, schemaMessage('atMostWindowMinutes', { max: WINDOW_MINUTES_MAX })),
    ),
}) satisfies z.ZodMiniType<MaintenanceWindow>;

/**
 * The instant the window opens. A wall time the clocks skip (02:30 on a spring-forward night) opens when the clocks
 * have moved on, one gap later (03:30); a wall time that happens twice (autumn) opens the first time: as Temporal's
 * "compatible" disambiguation does, so the planner never claims a window opens later than the user meant.
 */
export function windowStartInstant(window: MaintenanceWindow): Date {
  const wall = wallAsUtc(window.start);
  if (wall === undefined) throw new RangeError(`Not a wall time: ${window.start}`);
  // Zones change offset at most once in a day, so the offsets a day either side are the only candidates.
  const before = offsetAt(wall - DAY, window.timeZone);
  const after = offsetAt(wall + DAY, window.timeZone);
  const matching = [wall - before, wall - after].filter((instant) => instant + offsetAt(instant, window.timeZone) === wall);
  return new Date(matching.length > 0 ? Math.min(...matching) : wall - before);
}

/**
 * Whether the plan fits the window, judged on the high end of the estimate. Conservative on purpose: the window is a
 * promise that the cluster is done by its close, and an upgrade still rolling when the business comes back costs far
 * more than an evening that ended early.
 */
export function fitWindow(total: MinutesRange, windowMinutes: number): { fits: boolean; overrunMinutes: number } {
  const overrunMinutes = Math.max(0, total.high - windowMinutes);
  return { fits: overrunMinutes === 0, overrunMinutes };
}
