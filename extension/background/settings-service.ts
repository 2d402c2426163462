/**
 * Answers the content script's `get-settings`: the reader's settings as `readSettings()` gives them
 * (validated key by key, defaults for anything corrupt; problems are recorded by settings-migration)
 * and whether highlighting is on for the asking page's site. Settings validation (valibot) and the
 * site rules thus stay out of the content bundle. Only this extension's own contexts are answered,
 * and only a valid message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { type GetSettingsResponse, parseMessage } from '../../src/messages/protocol';
import { isHighlightingEnabled } from '../../src/settings/site-rules';
import { readSettings } from '../shared/settings-store';

/** The listener; returns a promise only for the message it answers (the polyfill's contract). */
export function handleSettingsMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<GetSettingsResponse> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  if (parseMessage(message)?.type !== 'get-settings') return undefined;
  const hostname = pageHostname(sender.url);
  return readSettings().then((settings) => ({
    settings,
    enabled: hostname !== undefined && isHighlightingEnabled(settings, hostname),
  }));
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

export function registerSettingsService(): void {
  browser.runtime.onMessage.addListener(handleSettingsMessage);
}
