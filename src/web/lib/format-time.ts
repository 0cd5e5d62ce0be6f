import { activeLocale } from '../i18n/i18n';

// One format for every time the planner shows, in the language the planner speaks: people compare them across
// reviews, comments, snapshots and plan files. Built once per language.
const formats = new Map<string, Intl.DateTimeFormat>();
const timeFormat = () => {
  const locale = activeLocale();
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return format;
};
export const formatTime = (iso: string) => timeFormat().format(new Date(iso));

/** Enough of a SHA-256 to tell two plans apart at a glance; the full value stays one click away. */
export const shortHash = (hash: string) => hash.slice(0, 12);

/** The user's time zone by name, shown beside wall-clock times so they are never ambiguous. */
export const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A moment on the user's wall clock with the zone named, e.g. "Nov 30, 2026, 6:51 AM Europe/Berlin": never a bare UTC string. */
export const formatLocalTime = (ms: number) => `${timeFormat().format(ms)} ${userTimeZone()}`;
