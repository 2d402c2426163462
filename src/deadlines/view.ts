/**
 * What the popup and card show for one deadline, in the reader's locale and time zone.
 */
import type { Deadline } from '../knowledge/schema';
import { calendarDate, daysBetween, isoDateInZone } from './calendar';
import { type DeadlineStatusNow, deadlineStatusAt } from './status';

/** Up to this many days away, the relative label counts days; beyond, months. */
const MAX_DAYS_IN_DAY_UNITS = 45;
const AVERAGE_DAYS_PER_MONTH = 30.44;

export interface DeadlineView {
  id: string;
  title: string;
  /** The state now (see `deadlineStatusAt`). */
  status: DeadlineStatusNow;
  /** The due day, ISO. */
  due: string;
  /** Calendar days from the reader's today to the due day (negative = past). */
  daysUntil: number;
  /** Weekday and date in the reader's locale, e.g. "Tue, Nov 10, 2026". */
  dueLabel: string;
  /** "today", "tomorrow", "in 3 days", "2 days ago", "in 2 months". */
  relativeLabel: string;
  /** The due day fell after the pack's knowledge date and is not in the future: the pack cannot know what happened. */
  outcomeMayHaveChanged: boolean;
}

/** The reader's time zone, or UTC when the platform gives none. */
export function readerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function formatDueDay(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC', // the date is a calendar day, already fixed
  }).format(calendarDate(isoDate));
}

export function relativeDaysLabel(days: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(days) <= MAX_DAYS_IN_DAY_UNITS) return format.format(days, 'day');
  return format.format(Math.round(days / AVERAGE_DAYS_PER_MONTH), 'month');
}

export function deadlineView(
  deadline: Deadline,
  now: Date,
  packAsOf: string,
  locale: string,
  timeZone: string,
): DeadlineView {
  const today = isoDateInZone(now, timeZone);
  const daysUntil = daysBetween(today, deadline.due);
  const status = deadlineStatusAt(deadline, now, timeZone);
  return {
    id: deadline.id,
    title: deadline.title,
    status,
    due: deadline.due,
    daysUntil,
    dueLabel: formatDueDay(deadline.due, locale),
    relativeLabel: relativeDaysLabel(daysUntil, locale),
    outcomeMayHaveChanged: status !== 'resolved' && deadline.due > packAsOf && daysUntil <= 0,
  };
}
