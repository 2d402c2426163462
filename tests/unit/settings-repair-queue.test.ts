/**
 * The background's repair of stored settings (settings-migration.ts) runs after every change. A
 * change stored while a repair is running, after that repair read storage, gets a repair of its
 * own; calls made before a queued run starts share it.
 */
import { describe, expect, it, vi } from 'vitest';

/** Each repair run: resolved by the test, so a run can be held "in progress". */
const runs: { resolve(): void }[] = [];

vi.mock('../../extension/background/user-storage', () => ({
  repairStoredSettings: () =>
    new Promise<{ problems: [] }>((resolve) => {
      runs.push({ resolve: () => resolve({ problems: [] }) });
    }),
  storeProblems: async () => {},
}));
vi.mock('../../extension/background/settings-service', () => ({ onSettingsChanged: () => () => {} }));

const { repairStoredSettings } = await import('../../extension/background/settings-migration');

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('repairStoredSettings', () => {
  it('runs again for a change that came while a run was in progress', async () => {
    const first = repairStoredSettings();
    await settle();
    expect(runs).toHaveLength(1); // the first run has read storage and is working
    const second = repairStoredSettings(); // a change stored now: the first run cannot see it
    const third = repairStoredSettings(); // before the second starts: shares it
    expect(third).toBe(second);
    runs[0]?.resolve();
    await first;
    await settle();
    expect(runs).toHaveLength(2);
    runs[1]?.resolve();
    await second;
    await settle();
    expect(runs).toHaveLength(2);
  });
});
