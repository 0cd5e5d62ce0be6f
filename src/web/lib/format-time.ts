// One format for every time the planner shows: people compare them across reviews, comments, snapshots and plan files.
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

/** Enough of a SHA-256 to tell two plans apart at a glance; the full value stays one click away. */
export const shortHash = (hash: string) => hash.slice(0, 12);

/** The user's time zone by name, shown beside wall-clock times so they are never ambiguous. */
export const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A moment on the user's wall clock with the zone named, e.g. "Nov 30, 2026, 6:51 AM Europe/Berlin": never a bare UTC string. */
export const formatLocalTime = (ms: number) => `${timeFormat.format(ms)} ${userTimeZone()}`;
