/**
 * Milliseconds since the epoch for a CCE timestamp, or undefined when it cannot be read. CCE writes them Go-style
 * ("2025-01-15 08:30:00.123456 +0000 UTC") or as RFC 3339; Date.parse alone reads only the latter.
 */
export function parseCceTime(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const go = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)? ([+-]\d{2})(\d{2})/.exec(text);
  const iso = go ? `${go[1]}T${go[2]}${(go[3] ?? '').slice(0, 4)}${go[4]}:${go[5]}` : text;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}
