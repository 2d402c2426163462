/**
 * The words of a pack's row that depend on its data: counts with the reader's plural rule, times
 * and lists written by `Intl` in the reader's locale, and where the pack comes from.
 */
import { type CountMessages, countRef } from '../../../src/i18n/messages';
import type { PackSummary } from '../../../src/packs/summary';
import { t, tRef } from '../../shared/i18n';

export const ENTITIES: CountMessages = { one: 'packsEntitiesOne', other: 'packsEntitiesOther' };
export const FACTS: CountMessages = { one: 'packsFactsOne', other: 'packsFactsOther' };
export const DEADLINES: CountMessages = { one: 'packsDeadlinesOne', other: 'packsDeadlinesOther' };
export const YIELDED: CountMessages = { one: 'packsYieldedOne', other: 'packsYieldedOther' };

/** "1 entity", "10,000 entities", "3 个条目": the number in the locale, the noun by its plural rule. */
export function countText(n: number, messages: CountMessages, locale: string): string {
  return tRef(countRef(n, messages, locale));
}

/** A stored time as date and time in the locale; "never" when there is none; as given when unreadable. */
export function when(iso: string | undefined, locale: string): string {
  if (iso === undefined) return t('packsNever');
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar day (the pack's knowledge date) in the locale, or as given when unreadable. */
export function day(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? isoDate
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "a, b, and c" / "a、b和c": every item is needed. */
export function allOf(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
}

export function sourceText(pack: PackSummary): string {
  if (pack.source === 'bundled') return t('packsSourceBundled');
  if (pack.source === 'file') return t('packsSourceFile', [pack.location ?? '']);
  return t('packsSourceUrl', [pack.location ?? '']);
}
