/**
 * One deadline on the card, as words: built from the deadlines module's `deadlineView`, so the
 * card and the popup agree on status and dates.
 */
import type { DeadlineStatusNow, DeadlineView } from '../deadlines';

const STATUS_LABELS: Record<DeadlineStatusNow, string> = {
  upcoming: 'Upcoming',
  extended: 'Extended',
  resolved: 'Resolved',
  lapsed: 'Lapsed',
  passed: 'Date passed',
};

export type DeadlineLine = {
  id: string;
  title: string;
  status: string;
  /** "due Tue, Nov 10, 2026 (in 3 days)" or "was due … (2 days ago)" / "resolved …". */
  when: string;
  /** Set when the pack cannot know the outcome (due day after the knowledge date, now past). */
  caution: string | undefined;
};

export function deadlineStatusLabel(status: DeadlineStatusNow): string {
  return STATUS_LABELS[status] ?? status;
}

export function deadlineLine(view: DeadlineView): DeadlineLine {
  const relative = `(${view.relativeLabel})`;
  let when: string;
  if (view.status === 'resolved') when = `settled ${view.dueLabel} ${relative}`;
  else if (view.daysUntil < 0) when = `was due ${view.dueLabel} ${relative}`;
  else when = `due ${view.dueLabel} ${relative}`;
  return {
    id: view.id,
    title: view.title,
    status: deadlineStatusLabel(view.status),
    when,
    caution: view.outcomeMayHaveChanged
      ? 'The outcome may have changed since the knowledge date; check the news.'
      : undefined,
  };
}
