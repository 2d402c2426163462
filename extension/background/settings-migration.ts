/**
 * Keeps stored settings healthy: at every background start and after every settings change,
 * reads them; when a value is corrupt or unknown, or they are in an older version's layout,
 * writes back the repaired/migrated settings (each bad value replaced by its default, every
 * other value kept), records the problems in `storage.local` `settingsProblems` for the options
 * page, and logs them once as a warning.
 */

import type { SettingsProblem, StoredProblems } from '../../src/settings';
import { onSettingsChanged } from './settings-service';
import { readSettingsWithProblems, replaceSettings, storeProblems } from './user-storage';

function describeProblems(problems: SettingsProblem[]): string {
  return problems.map((p) => `${p.key}: ${p.message}`).join('; ');
}

let repairing: Promise<void> | undefined;

async function repairOnce(): Promise<void> {
  const { settings, problems, olderVersion } = await readSettingsWithProblems();
  if (problems.length === 0 && !olderVersion) return;
  if (problems.length > 0) {
    const record: StoredProblems = { at: new Date().toISOString(), problems };
    await storeProblems(record);
    console.warn(`[Backstory] stored settings had problems; repaired: ${describeProblems(problems)}`);
  }
  await replaceSettings(settings);
}

/** Repairs stored settings if needed; concurrent calls share one run. Never rejects. */
export function repairStoredSettings(): Promise<void> {
  repairing ??= repairOnce()
    .catch((error: unknown) => {
      console.warn('[Backstory] could not repair stored settings:', error);
    })
    .finally(() => {
      repairing = undefined;
    });
  return repairing;
}

export function registerSettingsMigration(): void {
  onSettingsChanged(() => void repairStoredSettings());
  void repairStoredSettings();
}
