import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../knowledge/schema';
import { calendarDate, daysBetween, epochDay, isoDateInZone } from './calendar';
import { daysUntilDue, deadlineStatusAt, orderDeadlines } from './status';
import { deadlineView, formatDueDay, readerTimeZone, relativeDaysLabel } from './view';

function deadline(id: string, due: string, status: Deadline['status']): Deadline {
  return {
    id,
    title: `Deadline ${id}`,
    entities: [],
    due,
    status,
    summary: 'A test deadline.',
    timeline: [{ date: due, event: 'Scheduled.', source: 'https://example.com/a' }],
  };
}

const NOW = new Date('2026-11-07T15:00:00Z');

describe('calendar days', () => {
  it('takes today from the reader time zone', () => {
    const lateUtcEvening = new Date('2026-11-07T23:30:00Z');
    expect(isoDateInZone(lateUtcEvening, 'UTC')).toBe('2026-11-07');
    expect(isoDateInZone(lateUtcEvening, 'Asia/Shanghai')).toBe('2026-11-08');
    expect(isoDateInZone(lateUtcEvening, 'America/Los_Angeles')).toBe('2026-11-07');
    expect(isoDateInZone(new Date('2026-11-08T03:00:00Z'), 'America/New_York')).toBe('2026-11-07');
  });

  it('counts calendar days across a daylight-saving change', () => {
    // US clocks fall back on 2026-11-01: that day has 25 hours, still one day.
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-11-10', '2026-11-07')).toBe(-3);
  });
});

describe('calendar helpers', () => {
  it('numbers calendar days from 1970-01-01 and pads month and day', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1970-01-02')).toBe(1);
    expect(epochDay('2026-11-10')).toBe(20_767);
    expect(calendarDate('2026-11-10').toISOString()).toBe('2026-11-10T00:00:00.000Z');
    expect(isoDateInZone(new Date('2026-01-05T10:00:00Z'), 'UTC')).toBe('2026-01-05');
  });

  it('counts days to the due day from today in the given zone, UTC when none is given', () => {
    const at = new Date('2026-11-07T20:00:00Z');
    expect(daysUntilDue({ due: '2026-11-10' }, at)).toBe(3);
    expect(daysUntilDue({ due: '2026-11-10' }, at, 'Pacific/Kiritimati')).toBe(2);
    expect(daysUntilDue({ due: '2026-11-06' }, at, 'Etc/GMT+12')).toBe(-1);
  });
});

describe('readerTimeZone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is the zone the process runs in (npm test sets TZ far east, then far west)', () => {
    expect(readerTimeZone()).toBe(process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('is UTC when the platform gives no zone or cannot say', () => {
    const noZone = { resolvedOptions: () => ({ timeZone: '' }) } as unknown as Intl.DateTimeFormat;
    vi.spyOn(Intl, 'DateTimeFormat').mockReturnValue(noZone);
    expect(readerTimeZone()).toBe('UTC');
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new RangeError('no time zone data');
    });
    expect(readerTimeZone()).toBe('UTC');
  });
});

describe('deadlineStatusAt', () => {
  it('keeps the pack status while the day has not passed', () => {
    expect(deadlineStatusAt(deadline('a', '2026-11-10', 'upcoming'), NOW)).toBe('upcoming');
    expect(deadlineStatusAt(deadline('a', '2026-11-07', 'extended'), NOW)).toBe('extended');
  });

  it('marks a pending deadline whose day is over as passed, but never a resolved or lapsed one', () => {
    expect(deadlineStatusAt(deadline('a', '2026-11-06', 'upcoming'), NOW)).toBe('passed');
    expect(deadlineStatusAt(deadline('a', '2026-11-06', 'extended'), NOW)).toBe('passed');
    expect(deadlineStatusAt(deadline('a', '2026-11-07', 'upcoming'), NOW)).toBe('upcoming');
    expect(deadlineStatusAt(deadline('a', '2026-01-22', 'resolved'), NOW)).toBe('resolved');
    expect(deadlineStatusAt(deadline('a', '2026-01-22', 'lapsed'), NOW)).toBe('lapsed');
  });

  it('decides "passed" by the reader calendar day', () => {
    const d = deadline('a', '2026-11-07', 'upcoming');
    const at = new Date('2026-11-07T20:00:00Z');
    expect(deadlineStatusAt(d, at, 'America/Los_Angeles')).toBe('upcoming');
    expect(deadlineStatusAt(d, at, 'Asia/Tokyo')).toBe('passed');
  });
});

describe('orderDeadlines', () => {
  it('lists pending soonest first, then passed most recent first, then resolved most recent first', () => {
    const list = [
      deadline('resolved-old', '2025-05-01', 'resolved'),
      deadline('later', '2026-12-16', 'extended'),
      deadline('passed-long-ago', '2026-01-01', 'upcoming'),
      deadline('soon', '2026-11-10', 'upcoming'),
      deadline('resolved-new', '2026-01-22', 'resolved'),
      deadline('lapsed-recent', '2026-11-01', 'lapsed'),
      deadline('today', '2026-11-07', 'upcoming'),
    ];
    expect(orderDeadlines(list, NOW).map((d) => d.id)).toEqual([
      'today',
      'soon',
      'later',
      'lapsed-recent',
      'passed-long-ago',
      'resolved-new',
      'resolved-old',
    ]);
  });

  it('keeps pack order for ties and does not mutate its input', () => {
    const list = [deadline('x', '2026-11-10', 'upcoming'), deadline('y', '2026-11-10', 'upcoming')];
    const copy = [...list];
    expect(orderDeadlines(list, NOW).map((d) => d.id)).toEqual(['x', 'y']);
    expect(list).toEqual(copy);
  });
});

describe('deadlineView', () => {
  it('labels the due day with its weekday in the reader locale', () => {
    const d = deadline('truce', '2026-11-10', 'upcoming');
    const en = deadlineView(d, NOW, '2026-11-01', 'en-US', 'UTC');
    expect(en).toEqual({
      id: 'truce',
      title: 'Deadline truce',
      status: 'upcoming',
      due: '2026-11-10',
      daysUntil: 3,
      dueLabel: 'Tue, Nov 10, 2026',
      relativeLabel: 'in 3 days',
      outcomeMayHaveChanged: false,
    });
    const de = deadlineView(d, NOW, '2026-11-01', 'de-DE', 'Europe/Berlin');
    expect(de.dueLabel).toBe('Di., 10. Nov. 2026');
    expect(de.relativeLabel).toBe('in 3 Tagen');
    const fr = deadlineView(d, NOW, '2026-11-01', 'fr-FR', 'Europe/Paris');
    expect(fr.relativeLabel).toBe('dans 3 jours');
  });

  it('never shifts the due weekday with the time zone', () => {
    const d = deadline('truce', '2026-11-10', 'upcoming');
    for (const zone of ['Pacific/Honolulu', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
      expect(deadlineView(d, NOW, '2026-11-01', 'en-US', zone).dueLabel).toBe('Tue, Nov 10, 2026');
    }
  });

  it('counts days up to 45 days away and months beyond, rounding to the nearest month', () => {
    expect(relativeDaysLabel(45, 'en')).toBe('in 45 days');
    expect(relativeDaysLabel(46, 'en')).toBe('in 2 months');
    expect(relativeDaysLabel(-45, 'en')).toBe('45 days ago');
    expect(relativeDaysLabel(-46, 'en')).toBe('2 months ago');
    expect(relativeDaysLabel(76, 'en')).toBe('in 2 months');
    expect(relativeDaysLabel(77, 'en')).toBe('in 3 months');
    expect(relativeDaysLabel(-77, 'en')).toBe('3 months ago');
  });

  it('formats the due day in the locale with weekday, whatever the zone', () => {
    expect(formatDueDay('2026-01-05', 'en-US')).toBe('Mon, Jan 5, 2026');
  });

  it('says today, tomorrow, yesterday and days ago with numeric auto', () => {
    expect(relativeDaysLabel(0, 'en')).toBe('today');
    expect(relativeDaysLabel(1, 'en')).toBe('tomorrow');
    expect(relativeDaysLabel(-1, 'en')).toBe('yesterday');
    expect(relativeDaysLabel(-2, 'en')).toBe('2 days ago');
    expect(relativeDaysLabel(0, 'de')).toBe('heute');
    expect(relativeDaysLabel(120, 'en')).toBe('in 4 months');
  });

  it('counts days in the reader zone: the same instant is 3 days off in Los Angeles, 2 in Shanghai', () => {
    const d = deadline('truce', '2026-11-10', 'upcoming');
    const at = new Date('2026-11-07T20:00:00Z');
    expect(deadlineView(d, at, '2026-11-01', 'en-US', 'America/Los_Angeles').relativeLabel).toBe('in 3 days');
    expect(deadlineView(d, at, '2026-11-01', 'en-US', 'Asia/Shanghai').relativeLabel).toBe('in 2 days');
  });

  it('flags an outcome that may have changed: due after the knowledge date, and the day has come', () => {
    const d = deadline('truce', '2026-11-10', 'upcoming');
    const after = new Date('2026-11-12T12:00:00Z');
    const view = deadlineView(d, after, '2026-11-01', 'en-US', 'UTC');
    expect(view.status).toBe('passed');
    expect(view.relativeLabel).toBe('2 days ago');
    expect(view.outcomeMayHaveChanged).toBe(true);
    expect(
      deadlineView(d, new Date('2026-11-10T12:00:00Z'), '2026-11-01', 'en-US', 'UTC').outcomeMayHaveChanged,
    ).toBe(true);
    // Due on the knowledge date itself: the pack knew the outcome.
    expect(deadlineView(d, after, '2026-11-10', 'en-US', 'UTC').outcomeMayHaveChanged).toBe(false);
    // Due tomorrow: not yet.
    expect(
      deadlineView(d, new Date('2026-11-09T12:00:00Z'), '2026-11-01', 'en-US', 'UTC').outcomeMayHaveChanged,
    ).toBe(false);
    // Known to the pack already (due before asOf), or still ahead: nothing to warn about.
    expect(deadlineView(d, after, '2026-11-11', 'en-US', 'UTC').outcomeMayHaveChanged).toBe(false);
    expect(deadlineView(d, NOW, '2026-11-01', 'en-US', 'UTC').outcomeMayHaveChanged).toBe(false);
    const resolved = deadline('done', '2026-11-05', 'resolved');
    expect(deadlineView(resolved, after, '2026-11-01', 'en-US', 'UTC').outcomeMayHaveChanged).toBe(false);
  });
});
