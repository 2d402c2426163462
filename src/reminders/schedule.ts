/**
 * Deadline reminders: the reader's choice (on/off, how many days before, which deadlines) and the
 * days reminders fall on. Pure; the background turns the days into alarms and notifications.
 */
import { daysBetween, epochDay } from '../deadlines/calendar';
import type { Deadline } from '../knowledge/schema';

export const REMINDER_DAYS_MIN = 1;
export const REMINDER_DAYS_MAX = 60;
export const REMINDER_DAYS_DEFAULT = 3;
/** Local hour of day a reminder is shown on its day. */
export const REMINDER_HOUR = 9;

export type ReminderPrefs = {
  enabled: boolean;
  /** Days before the due day. */
  daysBefore: number;
  /** Deadline ids the reader does not want reminders for (new deadlines are tracked by default). */
  untracked: string[];
};

export const DEFAULT_REMINDER_PREFS: Readonly<ReminderPrefs> = Object.freeze({
  enabled: false,
  daysBefore: REMINDER_DAYS_DEFAULT,
  untracked: [],
});

/** Stored prefs, each field checked on its own: anything malformed falls back to its default. */
export function parseReminderPrefs(value: unknown): ReminderPrefs {
  const raw = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const days = raw.daysBefore;
  return {
    enabled: raw.enabled === true,
    daysBefore:
      typeof days === 'number' &&
      Number.isInteger(days) &&
      days >= REMINDER_DAYS_MIN &&
      days <= REMINDER_DAYS_MAX
        ? days
        : REMINDER_DAYS_DEFAULT,
    untracked: Array.isArray(raw.untracked)
      ? raw.untracked.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

export type PlannedReminder = {
  deadlineId: string;
  due: string;
  /** The ISO day the reminder is for; today when its day has passed but the due day has not. */
  day: string;
  /** Days from `day` to the due day. */
  daysBefore: number;
  /** Stable name of this reminder (deadline and due date), so a moved deadline is reminded again. */
  name: string;
};

const PENDING_STATUSES = new Set(['upcoming', 'extended']);

export function reminderName(deadlineId: string, due: string): string {
  return `reminder:${deadlineId}:${due}`;
}

function isoFromEpochDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The reminders to schedule on `today` (ISO, the reader's zone): one per tracked pending deadline
 * whose due day is still ahead, on the day `daysBefore` days earlier (or today if that has passed),
 * except those already shown.
 */
export function plannedReminders(
  deadlines: readonly Pick<Deadline, 'id' | 'due' | 'status'>[],
  prefs: ReminderPrefs,
  today: string,
  shown: ReadonlySet<string> = new Set(),
): PlannedReminder[] {
  if (!prefs.enabled) return [];
  const untracked = new Set(prefs.untracked);
  const planned: PlannedReminder[] = [];
  for (const deadline of deadlines) {
    if (untracked.has(deadline.id) || !PENDING_STATUSES.has(deadline.status)) continue;
    if (daysBetween(today, deadline.due) <= 0) continue;
    const name = reminderName(deadline.id, deadline.due);
    if (shown.has(name)) continue;
    const wanted = isoFromEpochDay(epochDay(deadline.due) - prefs.daysBefore);
    const day = wanted < today ? today : wanted;
    planned.push({
      deadlineId: deadline.id,
      due: deadline.due,
      day,
      daysBefore: daysBetween(day, deadline.due),
      name,
    });
  }
  return planned;
}
