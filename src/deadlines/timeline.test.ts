import { describe, expect, it } from 'vitest';
import type { Deadline } from '../knowledge/schema';
import { TIMELINE_PADDING, timelineGeometry } from './timeline';

const TRUCE: Pick<Deadline, 'due' | 'timeline'> = {
  due: '2026-11-10',
  timeline: [
    {
      date: '2025-05-12',
      event: 'Agreed',
      source: 'https://a.example/1',
      publisher: 'A',
      setsDue: '2025-08-12',
    },
    { date: '2025-06-10', event: 'Talks', source: 'https://b.example/2' },
    {
      date: '2025-08-11',
      event: 'Extended',
      source: 'https://c.example/3',
      publisher: 'C',
      setsDue: '2025-11-10',
    },
    { date: '2025-11-04', event: 'Extended again', source: 'https://d.example/4', setsDue: '2026-11-10' },
  ],
};

describe('timelineGeometry', () => {
  it('marks the original date, each extension with its source, today and the due date', () => {
    const { marks, start, end } = timelineGeometry(TRUCE, '2026-01-01');
    expect(marks.map((m) => [m.kind, m.date])).toEqual([
      ['original', '2025-08-12'],
      ['extension', '2025-08-11'],
      ['extension', '2025-11-04'],
      ['today', '2026-01-01'],
      ['due', '2026-11-10'],
    ]);
    expect(marks[1]).toMatchObject({ setsDue: '2025-11-10', source: 'https://c.example/3', publisher: 'C' });
    expect(marks[2]?.publisher).toBeUndefined();
    expect([start, end]).toEqual(['2025-08-11', '2026-11-10']);
  });

  it('places marks in time order between the padded ends', () => {
    const { marks } = timelineGeometry(TRUCE, '2026-01-01');
    const byDate = [...marks].sort((a, b) => (a.date < b.date ? -1 : 1));
    for (let i = 1; i < byDate.length; i++)
      expect(byDate[i]?.x).toBeGreaterThanOrEqual(byDate[i - 1]?.x ?? 0);
    expect(Math.min(...marks.map((m) => m.x))).toBeCloseTo(TIMELINE_PADDING);
    expect(Math.max(...marks.map((m) => m.x))).toBeCloseTo(1 - TIMELINE_PADDING);
    // 2025-08-11 → 2026-11-10 is 456 days; 2026-01-01 is 143 days in.
    const today = marks.find((m) => m.kind === 'today');
    expect(today?.x).toBeCloseTo(TIMELINE_PADDING + (143 / 456) * (1 - 2 * TIMELINE_PADDING));
  });

  it('stretches the line to today when today is past the due date', () => {
    const { marks, end } = timelineGeometry(TRUCE, '2027-01-01');
    expect(end).toBe('2027-01-01');
    expect(marks.find((m) => m.kind === 'today')?.x).toBeCloseTo(1 - TIMELINE_PADDING);
  });

  it('draws only today and the due date when no entry sets a date, and one day when they coincide', () => {
    const plain = {
      due: '2026-11-27',
      timeline: [{ date: '2025-11-09', event: 'x', source: 'https://e.example/' }],
    };
    expect(timelineGeometry(plain, '2026-11-27').marks.map((m) => [m.kind, m.x])).toEqual([
      ['today', TIMELINE_PADDING],
      ['due', TIMELINE_PADDING],
    ]);
  });
});
