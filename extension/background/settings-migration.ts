/**
 * Keeps stored settings healthy: at every background start and after every settings change,
 * reads them; when a value is corrupt or unknown, a chunk of the site list is lost, they are in an
 * older version's layout or a stale copy sits in the other area, writes back the repaired settings
 * (each bad value replaced by its default, every other value and every readable site kept),
 * records the problems in `storage.local` `settingsProblems` for the options page, and logs them
 * once as a warning. Nothing is written while the stored settings cannot be read.
 */

import type { SettingsProblem, StoredProblems } from '../../src/settings';
import { onSettingsChanged } from './settings-service';
import { repairStoredSettings as repairStored, storeProblems } from './user-storage';

function describeProblems(problems: SettingsProblem[]): string {
  return problems.map((p) => `${p.key}: ${p.message}`).join('; ');
}

/** The last repair run, queued or running; the next one starts after it. */
let tail: Promise<void> = Promise.resolve();
/** A queued run that has not read storage yet: a call now can share it. */
let queued: Promise<void> | undefined;

async function repairOnce(): Promise<void> {
  const { problems } = await repairStored();
  if (problems.length === 0) return;
  const record: StoredProblems = { at: new Date().toISOString(), problems };
  await storeProblems(record);
  console.warn(`[Backstory] stored settings had problems; repaired: ${describeProblems(problems)}`);
}

/**
 * Repairs stored settings if needed. Never rejects. Calls share a run only while it has not yet
 * read storage; a call during a run queues one more, so a change stored after the running repair
 * read is never left unrepaired.
 */
export function repairStoredSettings(): Promise<void> {
  if (queued) return queued;
  const run = tail.then(() => {
    queued = undefined;
    return repairOnce().catch((error: unknown) => {
      console.warn('[Backstory] could not repair stored settings:', error);
    });
  });
  queued = run;
  tail = run;
  return run;
}

export function registerSettingsMigration(): void {
  onSettingsChanged(() => void repairStoredSettings());
  void repairStoredSettings();
}
