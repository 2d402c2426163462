/**
 * Formatting helpers for the hover card: turn CardData fields into display strings and safe
 * links. Pure (Intl only), so the rules are unit-tested in Node.
 */
import type { MessageKey, Translate } from '../i18n/messages';
import type { EntityType } from '../knowledge/schema';

const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:']);
const WIKIDATA_QID = /^Q[1-9]\d*$/;
const WIKIDATA_BASE = 'https://www.wikidata.org/wiki/';
const LEADING_WWW = /^www\./;

const TYPE_LABELS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  place: 'typePlace',
  law: 'typeLaw',
  event: 'typeEvent',
};

export function entityTypeLabel(type: EntityType, t: Translate): string {
  return t(TYPE_LABELS[type] ?? 'typeEntry');
}

export type SafeLink = { href: string; label: string };

/** An http(s) link labeled by its hostname (without "www."), or undefined for any other URL. */
export function sourceLink(url: string): SafeLink | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!SAFE_LINK_PROTOCOLS.has(parsed.protocol) || parsed.hostname === '') return undefined;
  return { href: parsed.href, label: parsed.hostname.replace(LEADING_WWW, '') };
}

/** The Wikidata page for a QID like "Q42", or undefined when it is not one. */
export function wikidataLink(qid: string | undefined): SafeLink | undefined {
  if (qid === undefined || !WIKIDATA_QID.test(qid)) return undefined;
  return { href: `${WIKIDATA_BASE}${qid}`, label: `Wikidata ${qid}` };
}

/** A calendar day from an ISO `YYYY-MM-DD` string, formatted for `locale` (e.g. "Jun 1, 2025"). */
export function formatIsoDay(iso: string, locale: string | undefined): string {
  const day = isoDayToUtcDate(iso);
  if (!day) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
  } catch {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
  }
}

/** Midnight UTC of an ISO day, or undefined when the string is not a real day. */
export function isoDayToUtcDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date
    : undefined;
}

export function asOfLabel(iso: string, locale: string | undefined, t: Translate): string {
  return t('factAsOf', [formatIsoDay(iso, locale)]);
}

export function knowledgeAsOfLabel(iso: string, locale: string | undefined, t: Translate): string {
  return t('knowledgeAsOf', [formatIsoDay(iso, locale)]);
}
