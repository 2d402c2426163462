/**
 * The card's wording (see `CardLabels` in protocol.ts), made in the background so the content script
 * bundle carries no date formatting, deadline-status code or words beyond its own few.
 */

import { deadlineView, isoDateInZone, readerTimeZone, sourceName, timelineView } from '../deadlines';
import type { Translate } from '../i18n/messages';
import { descriptionFor } from '../i18n/reader-language';
import type { CardLabels, SourceLabel } from '../messages/protocol';
import type { CardData } from './card-data';
import {
  asOfLabel,
  entityTypeLabel,
  formatIsoDay,
  knowledgeAsOfLabel,
  sourceLink,
  wikidataLink,
} from './card-format';
import { deadlineLine } from './deadline-line';

/** The facts as plain text: the name, then one fact a line with its date, publisher and address. */
export function copyText(data: CardData, locale: string, t: Translate): string {
  const lines = data.facts.map((fact) =>
    t('cardCopyFact', [
      fact.text,
      formatIsoDay(fact.asOf, locale),
      sourceName(fact.source, fact.publisher),
      fact.source,
    ]),
  );
  return [`${data.entity.name} (${entityTypeLabel(data.entity.type, t)})`, ...lines].join('\n');
}

export function cardLabels(
  data: CardData,
  locale: string,
  t: Translate,
  now: Date = new Date(),
  timeZone: string = readerTimeZone(),
): CardLabels {
  const today = isoDateInZone(now, timeZone);
  const sources: SourceLabel[] = data.facts.map((fact) => {
    const text = sourceName(fact.source, fact.publisher);
    const href = sourceLink(fact.source)?.href;
    return {
      text,
      name: t('cardSourceName', [text, formatIsoDay(fact.asOf, locale)]),
      ...(href ? { href } : {}),
    };
  });
  const wikidata = wikidataLink(data.entity.wikidata);
  const translation = descriptionFor(data.entity.translations, locale);
  return {
    type: entityTypeLabel(data.entity.type, t),
    facts: data.facts.map((fact) => asOfLabel(fact.asOf, locale, t)),
    sources,
    deadlines: data.deadlines.map((deadline) => ({
      ...deadlineLine(deadlineView(deadline, now, data.packAsOf, locale, timeZone), t),
      timeline: timelineView(deadline, today, locale, t),
    })),
    related: data.related.map((other) => entityTypeLabel(other.type, t)),
    packAsOf: knowledgeAsOfLabel(data.packAsOf, locale, t),
    copyText: copyText(data, locale, t),
    ...(wikidata ? { wikidata } : {}),
    ...(translation ? { translation: { ...translation, note: t('cardTranslatedNote') } } : {}),
  };
}
