import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_PREFS, parseReminderPrefs, plannedReminders } from './schedule';

const DEADLINES = [
  { id: 'truce', due: '2026-11-10', status: 'extended' as const },
  { id: 'ban', due: '2026-11-27', status: 'upcoming' as const },
  { id: 'tiktok', due: '2026-01-23', status: 'resolved' as const },
];
const ON = { enabled: true, daysBefore: 3, untracked: [] };

describe('plannedReminders', () => {
  it('plans one reminder per tracked pending deadline, N days before it', () => {
    expect(plannedReminders(DEADLINES, ON, '2026-11-01')).toEqual([
      {
        deadlineId: 'truce',
        due: '2026-11-10',
        day: '2026-11-07',
        daysBefore: 3,
        name: 'reminder:truce:2026-11-10',
      },
      {
        deadlineId: 'ban',
        due: '2026-11-27',
        day: '2026-11-24',
        daysBefore: 3,
        name: 'reminder:ban:2026-11-27',
      },
    ]);
  });

  it('plans nothing while off, skips untracked, shown and past deadlines, and reminds today when late', () => {
    expect(plannedReminders(DEADLINES, DEFAULT_REMINDER_PREFS, '2026-11-01')).toEqual([]);
    expect(
      plannedReminders(DEADLINES, { ...ON, untracked: ['truce'] }, '2026-11-01').map((r) => r.deadlineId),
    ).toEqual(['ban']);
    expect(
      plannedReminders(DEADLINES, ON, '2026-11-01', new Set(['reminder:ban:2026-11-27'])).map(
        (r) => r.deadlineId,
      ),
    ).toEqual(['truce']);
    expect(plannedReminders(DEADLINES, ON, '2026-11-09')[0]).toMatchObject({
      deadlineId: 'truce',
      day: '2026-11-09',
      daysBefore: 1,
    });
    expect(plannedReminders(DEADLINES, ON, '2026-11-10').map((r) => r.deadlineId)).toEqual(['ban']);
  });
});

describe('parseReminderPrefs', () => {
  it('keeps good fields and defaults bad ones one by one', () => {
    expect(parseReminderPrefs({ enabled: true, daysBefore: 7, untracked: ['a', 3] })).toEqual({
      enabled: true,
      daysBefore: 7,
      untracked: ['a'],
    });
    expect(parseReminderPrefs({ enabled: 'yes', daysBefore: 0 })).toEqual(DEFAULT_REMINDER_PREFS);
    expect(parseReminderPrefs(null)).toEqual(DEFAULT_REMINDER_PREFS);
    expect(parseReminderPrefs({ daysBefore: 2.5 }).daysBefore).toBe(3);
  });
});
