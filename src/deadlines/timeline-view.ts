/**
 * A deadline's timeline in words and positions, ready to draw: an accessible name, one text line
 * per mark (each mark's tooltip, and together the text equivalent of the drawing), in the reader's
 * locale. Made in the popup and, for the card, in the background.
 */
import type { Translate } from '../i18n/messages';
import type { Deadline } from '../knowledge/schema';
import { daysBetween } from './calendar';
import { type TimelineMarkKind, timelineGeometry } from './timeline';
import { formatDueDay } from './view';

export type TimelineViewMark = { kind: TimelineMarkKind; x: number; text: string };

export type TimelineView = {
  /** Accessible name of the drawing. */
  label: string;
  marks: TimelineViewMark[];
  /** The first and last day of the line, formatted (shown under its ends). */
  startLabel: string;
  endLabel: string;
};

const LEADING_WWW = /^www\./;

/** The publisher, else the source's hostname. */
export function sourceName(source: string | undefined, publisher: string | undefined): string {
  if (publisher) return publisher;
  try {
    return new URL(source ?? '').hostname.replace(LEADING_WWW, '');
  } catch {
    return '';
  }
}

export function timelineView(
  deadline: Pick<Deadline, 'title' | 'due' | 'status' | 'timeline'>,
  today: string,
  locale: string,
  t: Translate,
): TimelineView {
  const geometry = timelineGeometry(deadline, today);
  const day = (iso: string) => formatDueDay(iso, locale);
  const dueKey =
    deadline.status === 'resolved'
      ? 'timelineSettled'
      : daysBetween(today, deadline.due) < 0
        ? 'timelineWasDue'
        : 'timelineDue';
  const marks = geometry.marks.map((mark) => {
    const date = day(mark.date);
    let text: string;
    if (mark.kind === 'original')
      text = t('timelineOriginal', [date, sourceName(mark.source, mark.publisher)]);
    else if (mark.kind === 'extension')
      text = t('timelineExtension', [
        date,
        day(mark.setsDue ?? mark.date),
        sourceName(mark.source, mark.publisher),
      ]);
    else if (mark.kind === 'today') text = t('timelineToday', [date]);
    else text = t(dueKey, [date]);
    return { kind: mark.kind, x: mark.x, text };
  });
  return {
    label: t('timelineLabel', [deadline.title]),
    marks,
    startLabel: day(geometry.start),
    endLabel: day(geometry.end),
  };
}
