/**
 * The reader's settings as the popup, the options page and the content script see them: asked of
 * the background, which alone reads and writes storage (background/settings-service.ts). Writes
 * are requests the background validates; every context hears of a change by one
 * `settings-changed` message and asks again.
 *
 * The content script imports only `requestPageSettings` and `PageSettings` (its one message
 * listener, content/page-messages.ts, handles `settings-changed`), so no valibot reaches its bundle.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type {
  GetSettingsResponse,
  Message,
  SettingsProblemsResponse,
  SettingsWriteResponse,
} from '../../src/messages/protocol';
import type { Settings, StoredProblems } from '../../src/settings';

/** The settings plus whether highlighting is on for the asking page's site (decided by the background). */
export type PageSettings = Settings & { enabledHere: boolean };

const RETRIES = 3;
const RETRY_MS = 250;

/**
 * The background's answer to `get-settings`. Retries briefly (a background that is still starting
 * may not answer yet) unless `retries` is 0; rejects when the background never answers.
 */
async function askSettings(retries: number): Promise<GetSettingsResponse> {
  for (let attempt = 0; ; attempt++) {
    try {
      const message: Message = { type: 'get-settings' };
      const reply = (await browser.runtime.sendMessage(message)) as GetSettingsResponse | undefined;
      // The background (this extension's own) sends validated settings.
      if (reply?.settings) return reply;
      throw new Error('no settings from the background');
    } catch (error) {
      if (attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * (attempt + 1)));
    }
  }
}

/** For the content script: the settings, and whether highlighting is on for its page's site. */
export async function requestPageSettings(retries = RETRIES): Promise<PageSettings> {
  const reply = await askSettings(retries);
  return { ...reply.settings, enabledHere: reply.enabled === true };
}

/** For the popup and options page: the current settings. */
export async function readSettings(): Promise<Settings> {
  return (await askSettings(RETRIES)).settings;
}

/**
 * This page's writes, so that a copy of the settings asked for before a write ends is never shown
 * after it: the page shows its own change at once, and an older answer arriving late would put a
 * removed site back on screen, where the next edit would save it again.
 */
let writesStarted = 0;
let writesPending = 0;
const listeners = new Set<(settings: Settings) => void>();
/**
 * Questions about changes announced while a write of this page was out, asked once none is: an
 * answer asked for then could be read before that write and arrive after it.
 */
const afterWrites = new Set<() => void>();

/** True when no write of this page began after `since` (a `writesStarted` value) or is still running. */
function settled(since: number): boolean {
  return since === writesStarted && writesPending === 0;
}

async function write(message: Message): Promise<Settings> {
  const mine = ++writesStarted;
  writesPending++;
  let reply: SettingsWriteResponse | undefined;
  try {
    reply = (await browser.runtime.sendMessage(message)) as SettingsWriteResponse | undefined;
  } finally {
    writesPending--;
    if (writesPending === 0) {
      const waiting = [...afterWrites];
      afterWrites.clear();
      for (const ask of waiting) ask();
    }
  }
  const latest = mine === writesStarted && writesPending === 0;
  if (reply && 'settings' in reply) {
    // The background's answer to this page's last write is the newest copy this page can know.
    if (latest) for (const listener of listeners) listener(reply.settings);
    return reply.settings;
  }
  // Refused: the page's own copy is ahead of storage; show storage again.
  if (latest) {
    const notify = (settings: Settings) => {
      if (settled(mine)) for (const listener of listeners) listener(settings);
    };
    readSettings().then(notify, () => {});
  }
  throw new Error(reply?.error ?? 'no answer from Backstory’s background');
}

/** Changes some settings; rejects with the reason when the background refuses (nothing is written). */
export function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  return write({ type: 'save-settings', patch });
}

/** Replaces every setting (import, reset); refused whole when any value is bad. */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return write({ type: 'replace-settings', settings: { ...settings } });
}

/** Puts `hostname` on the site list or takes exactly that entry off (an edit, not a new list). */
export function editSiteList(hostname: string, listed: boolean): Promise<Settings> {
  return write({ type: 'edit-site-list', hostname, listed });
}

/** Turns highlighting on `hostname` on or off. */
export function setSiteHighlighting(hostname: string, enabled: boolean): Promise<Settings> {
  return write({ type: 'set-site-highlighting', hostname, enabled });
}

/** The problems the background found and repaired last, if any. */
export async function readSettingsProblems(): Promise<StoredProblems | undefined> {
  const message: Message = { type: 'get-settings-problems' };
  const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as
    | SettingsProblemsResponse
    | undefined;
  return reply?.problems && Array.isArray(reply.problems.problems) ? reply.problems : undefined;
}

export async function clearSettingsProblems(): Promise<void> {
  const message: Message = { type: 'clear-settings-problems' };
  await browser.runtime.sendMessage(message);
}

/**
 * For the popup and options page: calls `callback` with the settings after each change the
 * background announces (only the latest of a burst). Returns a function that stops listening.
 */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  let generation = 0;
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || (message as Message | null)?.type !== 'settings-changed') {
      return undefined;
    }
    const mine = ++generation;
    const ask = () => {
      const since = writesStarted;
      askSettings(0).then(
        (reply) => {
          // Skipped when this page wrote meanwhile: that write's own answer is newer (see `write`).
          if (mine === generation && settled(since)) callback(reply.settings);
        },
        () => {}, // the background is gone (extension reloaded): nothing to apply
      );
    };
    if (writesPending === 0) ask();
    else afterWrites.add(ask);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  listeners.add(callback);
  return () => {
    generation++; // answers still on their way are dropped
    browser.runtime.onMessage.removeListener(listener);
    listeners.delete(callback);
  };
}
