/**
 * The reader's settings in `browser.storage`: the only module that reads or writes them, imported
 * by the background alone (Dark Reader's `user-storage`). Popup, options and content script ask
 * the background through messages (settings-service.ts) and hear of changes from it.
 *
 * Where settings live, and how a read or write picks the area (sync, or local when they do not
 * fit or sync refuses) without ever taking an empty area for defaults or leaving a stale copy
 * behind: `src/settings/settings-areas.ts`, which this module feeds the real `browser.storage`
 * areas. Every read-modify-write here (an edit, an import, the repair) runs alone (`exclusive`).
 *
 * Problems found while reading (corrupt or unknown stored values, lost chunks) are repaired by
 * settings-migration.ts, which stores them under `storage.local` `settingsProblems` for the
 * options page and logs them once.
 */
import browser from 'webextension-polyfill';
import { parseReminderPrefs, type ReminderPrefs } from '../../src/reminders/schedule';
import {
  type LoadedSettings,
  loadStoredSettings,
  parseStoredProblems,
  parseStoredSettings,
  patchStoredSettings,
  type RepairResult,
  repairStoredSettings as repairAreas,
  SETTINGS_PROBLEMS_KEY,
  type Settings,
  type SettingsAreas,
  type StoredProblems,
  storeSettings,
  touchesSettings,
} from '../../src/settings';

/** The real storage areas. */
function areas(): SettingsAreas {
  return { sync: browser.storage.sync, local: browser.storage.local };
}

/** The Web Locks lock every settings read-modify-write holds. */
const SETTINGS_LOCK = 'backstory-settings';
type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };
let localChain: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` while holding the settings lock, so writes never interleave: a repair that read
 * before an import must not write its older copy after it. Web Locks (shared by every context of
 * the extension, should another ever write) where present, else a queue in this context.
 */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks) return locks.request(SETTINGS_LOCK, work);
  const run = localChain.then(work, work);
  localChain = run.catch(() => undefined);
  return run;
}

/** Settings plus the problems found reading them (nothing is written). Never rejects. */
export function readSettingsWithProblems(): Promise<LoadedSettings> {
  return loadStoredSettings(areas());
}

/** The current settings (defaults for anything missing or corrupt). Never rejects. */
export async function readSettings(): Promise<Settings> {
  return (await readSettingsWithProblems()).settings;
}

/**
 * Stores complete settings. Validates first: settings with any problem are refused with an
 * error naming them, and nothing is written. Resolves to the settings stored.
 */
export async function replaceSettings(settings: unknown): Promise<Settings> {
  const checked = parseStoredSettings(settings);
  if (checked.problems.length > 0) {
    throw new Error(
      `settings not saved: ${checked.problems.map((p) => `${p.key}: ${p.message}`).join('; ')}`,
    );
  }
  await exclusive(() => storeSettings(areas(), checked.settings));
  return checked.settings;
}

/**
 * Reads, applies `patch` (setting → value), validates and stores; resolves to the new settings.
 * `patch` may be a function of the settings read under the lock, for an edit that must build on
 * the latest copy (one site on or off) rather than on what the asking page last saw.
 * Refused when the stored settings cannot be read (an edit on defaults would overwrite them).
 */
export async function writeSettings(
  change: Readonly<Record<string, unknown>> | ((current: Settings) => Readonly<Record<string, unknown>>),
): Promise<Settings> {
  const next = await exclusive(async () => {
    const current = await loadStoredSettings(areas());
    const patch = typeof change === 'function' ? change(current.settings) : change;
    const checked = parseStoredSettings({ ...current.settings, ...patch, version: current.settings.version });
    if (checked.problems.length > 0) {
      throw new Error(
        `settings not saved: ${checked.problems.map((p) => `${p.key}: ${p.message}`).join('; ')}`,
      );
    }
    return patchStoredSettings(areas(), checked.settings);
  });
  return next;
}

/** Repairs stored settings (corrupt values, lost chunks, old layout, a stale copy): settings-areas.ts. */
export function repairStoredSettings(): Promise<RepairResult> {
  return exclusive(() => repairAreas(areas()));
}

/**
 * Calls `callback` with the new settings whenever stored settings change, whoever wrote them (this
 * background, or sync from another browser). Returns a function that stops listening.
 */
export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  let generation = 0;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    if (!touchesSettings(Object.keys(changes))) return;
    const mine = ++generation;
    void readSettings().then((settings) => {
      if (mine === generation) callback(settings); // only the latest of a burst of changes
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Records the problems found at a repair, for the options page. */
export async function storeProblems(record: StoredProblems): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_PROBLEMS_KEY]: record });
}

/** The problems the background recorded at its last repair, if any (read defensively). */
export async function readStoredProblems(): Promise<StoredProblems | undefined> {
  try {
    return parseStoredProblems(
      (await browser.storage.local.get(SETTINGS_PROBLEMS_KEY))[SETTINGS_PROBLEMS_KEY],
    );
  } catch {
    return undefined;
  }
}

export async function clearStoredProblems(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_PROBLEMS_KEY);
}

// ---- Deadline reminders, in `storage.local` (they rest on permissions granted to this browser only,
// so they are not synced): `reminders` (the reader's choice) and `remindersShown` (reminders already
// shown, by name, so none is shown twice). The options page asks through `get-reminders` /
// `save-reminders`; reminders.ts schedules from them.

export const REMINDERS_KEY = 'reminders';
export const REMINDERS_SHOWN_KEY = 'remindersShown';
/** Most names kept in `remindersShown` (the oldest are dropped). */
const MAX_SHOWN = 200;

export async function readReminderPrefs(): Promise<ReminderPrefs> {
  const stored = await browser.storage.local.get(REMINDERS_KEY).catch(() => ({}));
  return parseReminderPrefs((stored as Record<string, unknown>)[REMINDERS_KEY]);
}

export async function writeReminderPrefs(prefs: ReminderPrefs): Promise<void> {
  await browser.storage.local.set({ [REMINDERS_KEY]: parseReminderPrefs(prefs) });
}

export async function readShownReminders(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(REMINDERS_SHOWN_KEY))[REMINDERS_SHOWN_KEY];
  return new Set(Array.isArray(stored) ? stored.filter((n): n is string => typeof n === 'string') : []);
}

export async function recordShownReminder(name: string): Promise<void> {
  const shown = [...(await readShownReminders()), name].slice(-MAX_SHOWN);
  await browser.storage.local.set({ [REMINDERS_SHOWN_KEY]: shown });
}

/** Calls `callback` whenever the reader's reminder choice changes in storage. */
export function watchReminderPrefs(callback: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && REMINDERS_KEY in changes) callback();
  });
}
