/**
 * The settings service: the one owner of the reader's settings. It answers the other contexts'
 * settings requests (only the background writes storage, through user-storage.ts) and announces
 * every change once: background modules hear it through `onSettingsChanged`; the popup, the
 * options page and every tab's content script get one `settings-changed` message, and ask again
 * with `get-settings`.
 *
 * `get-settings` answers the settings as `readSettings()` gives them (validated key by key,
 * defaults for anything corrupt; problems are recorded by settings-migration.ts) and whether
 * highlighting is on for the asking page's site, so settings validation (valibot) and the site
 * rules stay out of the content bundle.
 */
import type { Runtime } from 'webextension-polyfill';
import type {
  GetSettingsResponse,
  SettingsProblemsResponse,
  SettingsWriteResponse,
} from '../../src/messages/protocol';
import {
  isHighlightingEnabled,
  type Settings,
  withSiteHighlighting,
  withSiteListed,
} from '../../src/settings';
import { broadcast } from './broadcast';
import type { Routes } from './router';
import {
  clearStoredProblems,
  readSettings,
  readStoredProblems,
  replaceSettings,
  watchStoredSettings,
  writeSettings,
} from './user-storage';

type Subscriber = (settings: Settings) => void;
const subscribers = new Set<Subscriber>();

/** Calls `callback` with the new settings after every change; returns a function that stops it. */
export function onSettingsChanged(callback: Subscriber): () => void {
  subscribers.add(callback);
  return () => subscribers.delete(callback);
}

/** The hostname of an http(s) page URL (where the content script runs), else undefined. */
export function pageHostname(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

async function settingsFor(sender: Runtime.MessageSender): Promise<GetSettingsResponse> {
  const settings = await readSettings();
  const hostname = pageHostname(sender.url);
  return { settings, enabled: hostname !== undefined && isHighlightingEnabled(settings, hostname) };
}

/** Turns highlighting on `hostname` on or off by adding or removing its site exception. */
export function setSiteHighlighting(hostname: string, enabled: boolean): Promise<Settings> {
  return writeSettings((settings) => ({ siteExceptions: withSiteHighlighting(settings, hostname, enabled) }));
}

/** Puts `hostname` on the site list (once) or takes exactly that entry off; the rest stays. */
export function editSiteList(hostname: string, listed: boolean): Promise<Settings> {
  return writeSettings(({ siteExceptions }) => ({
    siteExceptions: withSiteListed(siteExceptions, hostname, listed),
  }));
}

/** A write's reply: the settings stored, or the reason nothing was written. */
function answer(write: Promise<Settings>): Promise<SettingsWriteResponse> {
  return write.then(
    (settings) => ({ settings }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
}

async function problems(): Promise<SettingsProblemsResponse> {
  return { problems: (await readStoredProblems()) ?? null };
}

export const settingsRoutes: Routes = {
  'get-settings': { from: 'any-own', handle: (_message, sender) => settingsFor(sender) },
  'save-settings': { from: 'extension-page', handle: (message) => answer(writeSettings(message.patch)) },
  'replace-settings': {
    from: 'extension-page',
    handle: (message) => answer(replaceSettings(message.settings)),
  },
  'set-site-highlighting': {
    from: 'extension-page',
    handle: (message) => answer(setSiteHighlighting(message.hostname, message.enabled)),
  },
  'edit-site-list': {
    from: 'extension-page',
    handle: (message) => answer(editSiteList(message.hostname, message.listed)),
  },
  'get-settings-problems': { from: 'extension-page', handle: () => problems() },
  'clear-settings-problems': {
    from: 'extension-page',
    handle: () => clearStoredProblems().then(() => true),
  },
};

/** One `settings-changed` to the extension's pages and to every tab (tabs without our script ignore it). */
function announceChange(): Promise<void> {
  return broadcast({ type: 'settings-changed' });
}

/** Starts watching stored settings (whoever changed them: this background, or sync). */
export function registerSettingsService(): void {
  watchStoredSettings((settings) => {
    for (const subscriber of subscribers) {
      try {
        subscriber(settings);
      } catch (error) {
        console.warn('[Backstory] a settings subscriber failed:', error);
      }
    }
    void announceChange();
  });
}
