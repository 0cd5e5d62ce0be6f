import { translate } from '../i18n/parts/common';

/**
 * A duration in the planner's language: "45 min" / "45分钟", "2 h" / "2小时", "8 h 20 min" / "8小时20分钟". Rounds to
 * the minute first, so 119.6 reads "2 h", never "1 h 60 min". The words of src/shared/format-minutes.ts (which the BFF
 * and the CLI keep in English), for the SPA.
 */
export function formatMinutes(total: number): string {
  const rounded = Math.round(total);
  const hours = Math.floor(rounded / 60);
  const minutes = rounded - hours * 60;
  if (hours === 0) return translate('duration.minutes', { minutes });
  return minutes === 0 ? translate('duration.hours', { hours }) : translate('duration.hoursMinutes', { hours, minutes });
}

/** "10 min to 25 min", or one duration when both ends round alike. */
export function formatMinutesRange({ low, high }: { low: number; high: number }): string {
  return Math.round(low) === Math.round(high) ? formatMinutes(low) : translate('duration.range', { low: formatMinutes(low), high: formatMinutes(high) });
}
