// One format for every time the planner shows: people compare them across reviews, comments, snapshots and plan files.
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

/** Enough of a SHA-256 to tell two plans apart at a glance; the full value stays one click away. */
export const shortHash = (hash: string) => hash.slice(0, 12);

/** The user's time zone by name, shown beside wall-clock times so they are never ambiguous. */
export const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

// Task times carry their zone in the same string: a history is read by people in several zones.
const zonedFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});
/** A moment in the user's local time, with the zone it is in ("Nov 30, 2026, 09:05 PM UTC"). */
export const formatZonedTime = (ms: number) => zonedFormat.format(new Date(ms));
