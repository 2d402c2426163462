/**
 * The interface's words, read from `_locales/<locale>/messages.json` through `browser.i18n` (see
 * `src/i18n/messages.ts`). Used by the popup, the options page, the background and the content
 * script alike (in the content bundle `browser` is the browser's own namespace).
 */
import browser from 'webextension-polyfill';
import type { MessageKey, MessageRef, Translate } from '../../src/i18n/messages';

export const t: Translate = (key, values) => browser.i18n.getMessage(key, values as string[] | undefined);

export function tRef(ref: MessageRef): string {
  return t(ref.key, ref.values);
}

/** Sets the document's language and title from the messages (the page's HTML says neither). */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = t('htmlLang');
  document.title = t(titleKey);
}
