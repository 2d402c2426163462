/**
 * Which language the reader gets: the locale dates and relative times are formatted in, and which
 * of an entity's translated descriptions (if any) the card shows. Pure functions of BCP 47 tags, so
 * the rules are tested in Node; extension code passes the browser's UI language
 * (`browser.i18n.getUILanguage()`) and the language of the messages file the browser chose
 * (the `htmlLang` message).
 */
import type { Translation } from '../knowledge/schema';

export type ChineseScript = 'zh-Hans' | 'zh-Hant';

/** Regions whose Chinese is written in Traditional characters when the tag names no script. */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/** The tag as an `Intl.Locale`, or undefined when it is not a well-formed tag ("zh_TW" is read as "zh-TW"). */
function parseTag(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.trim().replaceAll('_', '-'));
  } catch {
    return undefined;
  }
}

/**
 * The Chinese script a reader with this UI language reads: Traditional for zh-TW, zh-HK, zh-MO and
 * any zh-Hant tag; Simplified for zh, zh-CN, zh-SG and any zh-Hans tag; undefined for every other
 * language (and for a malformed tag).
 */
export function chineseScriptFor(uiLanguage: string): ChineseScript | undefined {
  const locale = parseTag(uiLanguage);
  if (locale?.language !== 'zh') return undefined;
  if (locale.script === 'Hant') return 'zh-Hant';
  if (locale.script === 'Hans') return 'zh-Hans';
  return locale.region !== undefined && TRADITIONAL_REGIONS.has(locale.region) ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The locale to format dates and relative times in: the UI language when the interface's words
 * are in that language (en-GB words from `en` get British dates, zh-HK words from `zh_TW` get
 * Hong Kong dates), else the words' own language (a French browser reading the English
 * interface gets English dates, so a sentence never mixes two languages).
 */
export function formattingLocale(uiLanguage: string, messagesLanguage: string): string {
  const ui = parseTag(uiLanguage);
  const words = parseTag(messagesLanguage);
  if (!words) return ui?.toString() ?? 'en';
  if (ui && ui.language === words.language) {
    const uiScript = ui.language === 'zh' ? chineseScriptFor(ui.toString()) : undefined;
    const wordsScript = words.language === 'zh' ? chineseScriptFor(words.toString()) : undefined;
    if (uiScript === wordsScript) return ui.toString();
  }
  return words.toString();
}

/** An entity's description (and name) in the reader's language, with the tag of the translation used. */
export type ReaderDescription = { lang: string; text: string; name?: string };

/**
 * The translation of an entity's description to show a reader with this UI language, or undefined
 * for English (every language but Chinese, or no translation in the script the reader reads). A
 * regional translation ("zh-Hant-HK") is preferred to the script's general one ("zh-Hant").
 */
export function descriptionFor(
  translations: Readonly<Record<string, Translation>> | undefined,
  uiLanguage: string,
): ReaderDescription | undefined {
  const script = chineseScriptFor(uiLanguage);
  if (!script || !translations) return undefined;
  const region = parseTag(uiLanguage)?.region;
  const keys = region ? [`${script}-${region}`, script] : [script];
  for (const key of keys) {
    const translation = translations[key];
    if (translation) {
      return {
        lang: key,
        text: translation.description,
        ...(translation.name ? { name: translation.name } : {}),
      };
    }
  }
  return undefined;
}
