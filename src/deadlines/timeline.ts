/**
 * A deadline drawn as a line in time: where its original date, each extension, today and the
 * current due date fall. Pure geometry (fractions of the line's length); the popup and the card
 * turn it into SVG with words (`extension/shared/deadline-timeline.tsx`).
 */
import type { Deadline } from '../knowledge/schema';
import { epochDay } from './calendar';

export type TimelineMarkKind = 'original' | 'extension' | 'today' | 'due';

export type TimelineMark = {
  kind: TimelineMarkKind;
  /** The day the mark stands for, ISO. For an extension: the day it was decided. */
  date: string;
  /** Position along the line, 0 (start) to 1 (end). */
  x: number;
  /** For an extension: the due date it set. */
  setsDue?: string;
  /** For the original date and extensions: the timeline entry's source and publisher. */
  source?: string;
  publisher?: string;
};

export type TimelineGeometry = { start: string; end: string; marks: TimelineMark[] };

/** Share of the span left empty before the first and after the last day, so marks are not cut. */
export const TIMELINE_PADDING = 0.04;

/**
 * The marks of `deadline` as of `today` (ISO), in drawing order: original date and extensions by
 * date, then today, then the due date on top. The span runs from the earliest of them to the
 * latest. Entries with `setsDue` give the original date (the first) and the extensions (the rest);
 * a deadline without any has only today and its due date.
 */
export function timelineGeometry(
  deadline: Pick<Deadline, 'due' | 'timeline'>,
  today: string,
): TimelineGeometry {
  const setting = deadline.timeline.filter((entry) => entry.setsDue !== undefined);
  const raw: Omit<TimelineMark, 'x'>[] = [];
  setting.forEach((entry, index) => {
    const sourced = { source: entry.source, ...(entry.publisher ? { publisher: entry.publisher } : {}) };
    if (index === 0) raw.push({ kind: 'original', date: entry.setsDue as string, ...sourced });
    else raw.push({ kind: 'extension', date: entry.date, setsDue: entry.setsDue as string, ...sourced });
  });
  raw.push({ kind: 'today', date: today }, { kind: 'due', date: deadline.due });
  const days = raw.map((mark) => epochDay(mark.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = Math.max(1, last - first);
  const scale = 1 - 2 * TIMELINE_PADDING;
  const marks = raw.map((mark, i) => ({
    ...mark,
    x: TIMELINE_PADDING + (((days[i] as number) - first) / span) * scale,
  }));
  const start = raw[days.indexOf(first)]?.date ?? today;
  const end = raw[days.indexOf(last)]?.date ?? deadline.due;
  return { start, end, marks };
}
