/**
 * Milliseconds since the epoch for a CCE timestamp, or undefined when it cannot be read. CCE writes them Go-style
 * ("2025-01-15 08:30:00.123456 +0000 UTC", sometimes with Go's monotonic "m=+0.01" tail) or as RFC 3339; Date.parse
 * alone reads only the latter. A time with no offset at all is read as UTC, which CCE keeps its clocks in, never as
 * the reader's local time.
 */
export function parseCceTime(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  const go = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?(?: ([+-]\d{2}):?(\d{2})\b| ?(Z|UTC)\b|$)/.exec(trimmed);
  let iso = trimmed;
  if (go) {
    const [, date, time, fraction = '', hours, minutes] = go;
    iso = `${date}T${time}${fraction.slice(0, 4)}${hours === undefined ? 'Z' : `${hours}:${minutes}`}`;
  }
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}
