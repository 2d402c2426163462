import { describe, expect, it } from 'vitest';
import { timelineProblems } from './deadline-checks';
import type { Pack } from './schema';

const entry = (date: string, setsDue?: string) => ({
  date,
  event: 'e',
  source: 'https://example.org/',
  ...(setsDue ? { setsDue } : {}),
});

function pack(due: string, timeline: ReturnType<typeof entry>[]): Pack {
  const deadline = {
    id: 'd',
    title: 'D',
    entities: [],
    due,
    status: 'extended' as const,
    summary: 's',
    timeline,
  };
  return { deadlines: [deadline] } as unknown as Pack;
}

describe('timelineProblems', () => {
  it('accepts a timeline whose last set date is the due date', () => {
    expect(
      timelineProblems(
        pack('2026-11-10', [entry('2025-05-12', '2025-08-12'), entry('2025-11-04', '2026-11-10')]),
      ),
    ).toEqual([]);
    expect(timelineProblems(pack('2026-11-10', [entry('2025-05-12')]))).toEqual([]);
  });

  it('reports a last set date that is not the due date, and entries out of order', () => {
    expect(timelineProblems(pack('2026-11-10', [entry('2025-05-12', '2025-08-12')]))).toEqual([
      {
        path: 'deadlines[0].timeline[0].setsDue',
        message: "the last date set (2025-08-12) is not the deadline's due date (2026-11-10)",
      },
    ]);
    expect(timelineProblems(pack('2026-11-10', [entry('2025-05-12'), entry('2025-01-01')]))[0]?.path).toBe(
      'deadlines[0].timeline[1].date',
    );
  });
});
