import { describe, expect, it } from 'vitest';
import type { Deadline } from '../knowledge/schema';
import { daysBetween, isoDateInZone } from './calendar';
import { deadlineStatusAt, orderDeadlines } from './status';
import { deadlineView, relativeDaysLabel } from './view';

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

describe('deadlineStatusAt', () => {
  it('keeps the pack status while the day has not passed', () => {
    expect(deadlineStatusAt(deadline('a', '2026-11-10', 'upcoming'), NOW)).toBe('upcoming');
    expect(deadlineStatusAt(deadline('a', '2026-11-07', 'extended'), NOW)).toBe('extended');
  });

  it('marks a pending deadline whose day is over as passed, but never a resolved or lapsed one', () => {
    expect(deadlineStatusAt(deadline('a', '2026-11-06', 'upcoming'), NOW)).toBe('passed');
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
    expect(en).toMatchObject({ id: 'truce', title: 'Deadline truce', status: 'upcoming', daysUntil: 3 });
    expect(en.dueLabel).toBe('Tue, Nov 10, 2026');
    expect(en.relativeLabel).toBe('in 3 days');
    expect(en.outcomeMayHaveChanged).toBe(false);
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
    // Known to the pack already (due before asOf), or still ahead: nothing to warn about.
    expect(deadlineView(d, after, '2026-11-11', 'en-US', 'UTC').outcomeMayHaveChanged).toBe(false);
    expect(deadlineView(d, NOW, '2026-11-01', 'en-US', 'UTC').outcomeMayHaveChanged).toBe(false);
    const resolved = deadline('done', '2026-11-05', 'resolved');
    expect(deadlineView(resolved, after, '2026-11-01', 'en-US', 'UTC').outcomeMayHaveChanged).toBe(false);
  });
});
