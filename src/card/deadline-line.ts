/**
 * One deadline on the card, as words: built from the deadlines module's `deadlineView`, so the
 * card and the popup agree on status and dates.
 */
import type { DeadlineStatusNow, DeadlineView, TimelineView } from '../deadlines';
import type { MessageKey, Translate } from '../i18n/messages';

const STATUS_LABELS: Record<DeadlineStatusNow, MessageKey> = {
  upcoming: 'statusUpcoming',
  extended: 'statusExtended',
  resolved: 'statusResolved',
  lapsed: 'statusLapsed',
  passed: 'statusPassed',
};

export type DeadlineLine = {
  id: string;
  title: string;
  status: string;
  /** "due Tue, Nov 10, 2026 (in 3 days)" or "was due … (2 days ago)" / "resolved …". */
  when: string;
  /** Set when the pack cannot know the outcome (due day after the knowledge date, now past). */
  caution: string | undefined;
  /** The deadline drawn as a timeline (set by the card's labels). */
  timeline?: TimelineView;
};

export function deadlineStatusLabel(status: DeadlineStatusNow, t: Translate): string {
  return STATUS_LABELS[status] ? t(STATUS_LABELS[status]) : status;
}

export function deadlineLine(view: DeadlineView, t: Translate): DeadlineLine {
  const values = [view.dueLabel, view.relativeLabel];
  let when: string;
  if (view.status === 'resolved') when = t('cardDeadlineSettled', values);
  else if (view.daysUntil < 0) when = t('cardDeadlineWasDue', values);
  else when = t('cardDeadlineDue', values);
  return {
    id: view.id,
    title: view.title,
    status: deadlineStatusLabel(view.status, t),
    when,
    caution: view.outcomeMayHaveChanged ? t('cardDeadlineCaution') : undefined,
  };
}
