/**
 * A deadline's state at a given moment, and the order the popup and card list them in.
 * The pack's `status` is true as of the pack's knowledge date; time has moved on since.
 */
import type { Deadline, DeadlineStatus } from '../knowledge/schema';
import { daysBetween, isoDateInZone } from './calendar';

/**
 * - pack statuses (`upcoming`, `extended`, `resolved`, `lapsed`) while still accurate;
 * - `passed`: the pack said pending, but the due day is now over — what happened is not in the pack.
 */
export type DeadlineStatusNow = DeadlineStatus | 'passed';

const PENDING: readonly DeadlineStatus[] = ['upcoming', 'extended'];

/** Calendar days from today (in `timeZone`) to the due day: 0 = due today, negative = past. */
export function daysUntilDue(deadline: Pick<Deadline, 'due'>, now: Date, timeZone = 'UTC'): number {
  return daysBetween(isoDateInZone(now, timeZone), deadline.due);
}

export function deadlineStatusAt(
  deadline: Pick<Deadline, 'due' | 'status'>,
  now: Date,
  timeZone = 'UTC',
): DeadlineStatusNow {
  if (PENDING.includes(deadline.status) && daysUntilDue(deadline, now, timeZone) < 0) return 'passed';
  return deadline.status;
}

type Group = 0 | 1 | 2;
const GROUP_PENDING: Group = 0;
const GROUP_PASSED: Group = 1;
const GROUP_RESOLVED: Group = 2;

function group(status: DeadlineStatusNow): Group {
  if (status === 'resolved') return GROUP_RESOLVED;
  if (status === 'passed' || status === 'lapsed') return GROUP_PASSED;
  return GROUP_PENDING;
}

/**
 * Most urgent first: pending deadlines soonest first, then ones whose day has passed (most
 * recent first), then resolved ones (most recent first). Ties keep the pack's order. Pure.
 */
export function orderDeadlines<T extends Pick<Deadline, 'due' | 'status'>>(
  deadlines: readonly T[],
  now: Date,
  timeZone = 'UTC',
): T[] {
  const keyed = deadlines.map((deadline) => {
    const days = daysUntilDue(deadline, now, timeZone);
    const g = group(deadlineStatusAt(deadline, now, timeZone));
    return { deadline, g, sortDays: g === GROUP_PENDING ? days : -days };
  });
  // Array.prototype.sort is stable, so ties keep the pack's order.
  keyed.sort((a, b) => a.g - b.g || a.sortDays - b.sortDays);
  return keyed.map((k) => k.deadline);
}
