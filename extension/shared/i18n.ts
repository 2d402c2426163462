/**
 * The interface's words, read from `_locales/<locale>/messages.json` through `browser.i18n` (see
 * `src/i18n/messages.ts`), and the reader's language for dates and translated card text (see
 * `src/i18n/reader-language.ts`). Used by the popup, the options page, the background and the
 * content script alike (in the content bundle `browser` is the browser's own namespace).
 */
import browser from 'webextension-polyfill';
import type { MessageKey, MessageRef, Translate } from '../../src/i18n/messages';
import { formattingLocale } from '../../src/i18n/reader-language';

export const t: Translate = (key, values) => browser.i18n.getMessage(key, values as string[] | undefined);

export function tRef(ref: MessageRef): string {
  return t(ref.key, ref.values);
}

/** The browser's UI language (e.g. "zh-CN"), or the page's `navigator.language` when it gives none. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || navigator.language || 'en';
}

/** The locale dates and relative times are written in: the UI language, when the words are in it. */
export function readerLocale(): string {
  return formattingLocale(uiLanguage(), t('htmlLang'));
}

/** Sets the document's language and title from the messages (the page's HTML says neither). */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = t('htmlLang');
  document.title = t(titleKey);
}
