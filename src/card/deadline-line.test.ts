import { describe, expect, it } from 'vitest';
import { english } from '../../tests/support/english';
import { deadlineView } from '../deadlines';
import type { Deadline } from '../knowledge/schema';
import { deadlineLine, deadlineStatusLabel } from './deadline-line';

function deadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    id: 'truce',
    title: 'Tariff truce ends',
    entities: ['ustr'],
    due: '2025-11-10',
    status: 'extended',
    summary: 'A summary.',
    timeline: [{ date: '2025-05-12', event: 'Agreed', source: 'https://example.com/a' }],
    ...overrides,
  };
}

const line = (d: Deadline, now: string, packAsOf = '2025-11-01') =>
  deadlineLine(deadlineView(d, new Date(now), packAsOf, 'en-US', 'UTC'), english);

describe('deadlineLine', () => {
  it('counts down to a pending deadline', () => {
    expect(line(deadline(), '2025-11-07T12:00:00Z')).toEqual({
      id: 'truce',
      title: 'Tariff truce ends',
      status: 'Extended',
      when: 'due Mon, Nov 10, 2025 (in 3 days)',
      caution: undefined,
    });
  });

  it('says a passed date passed and warns when the pack cannot know the outcome', () => {
    const result = line(deadline(), '2025-11-12T12:00:00Z');
    expect(result.status).toBe('Date passed');
    expect(result.when).toBe('was due Mon, Nov 10, 2025 (2 days ago)');
    expect(result.caution).toMatch(/may have changed/);
  });

  it('describes a resolved deadline without a caution', () => {
    const result = line(deadline({ status: 'resolved', due: '2025-06-01' }), '2025-11-12T12:00:00Z');
    expect(result.status).toBe('Resolved');
    expect(result.when).toBe('settled Sun, Jun 1, 2025 (5 months ago)');
    expect(result.caution).toBeUndefined();
  });

  it('labels every status', () => {
    expect(
      ['upcoming', 'extended', 'resolved', 'lapsed', 'passed'].map((s) =>
        deadlineStatusLabel(s as never, english),
      ),
    ).toEqual(['Upcoming', 'Extended', 'Resolved', 'Lapsed', 'Date passed']);
  });
});
