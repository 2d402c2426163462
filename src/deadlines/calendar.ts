/**
 * Calendar-day arithmetic in the reader's time zone. Deadlines are calendar days ("due
 * 2026-11-10"), so "in 3 days" counts midnights in the reader's zone, not 24-hour spans in UTC.
 */

const MS_PER_DAY = 86_400_000;

/** The ISO date (YYYY-MM-DD) it is at `now` in `timeZone`. */
export function isoDateInZone(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const byType = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  return `${byType.year}-${byType.month}-${byType.day}`;
}

/** Days since 1970-01-01 for an ISO date (a pure calendar count, no time zone). */
export function epochDay(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Whole calendar days from `fromIso` to `toIso` (positive when `toIso` is later). */
export function daysBetween(fromIso: string, toIso: string): number {
  return epochDay(toIso) - epochDay(fromIso);
}

/** The ISO date as a UTC-midnight Date, for formatting a calendar day with `timeZone: 'UTC'`. */
export function calendarDate(isoDate: string): Date {
  return new Date(epochDay(isoDate) * MS_PER_DAY);
}
