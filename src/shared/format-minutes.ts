/**
 * A duration for people: "45 min", "2 h", "8 h 20 min". Rounds to the minute first, so 119.6 reads "2 h", never
 * "1 h 60 min". Shared so a lint's words and the web's timeline say durations alike.
 */
export function formatMinutes(total: number): string {
  const rounded = Math.round(total);
  const hours = Math.floor(rounded / 60);
  const minutes = rounded - hours * 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** "10 min to 25 min", or one duration when both ends round alike. */
export function formatMinutesRange({ low, high }: { low: number; high: number }): string {
  return Math.round(low) === Math.round(high) ? formatMinutes(low) : `${formatMinutes(low)} to ${formatMinutes(high)}`;
}
