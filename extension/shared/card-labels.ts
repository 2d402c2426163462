/**
 * The card's date-dependent wording (see `CardLabels` in protocol.ts), made in the background so the
 * content script bundle carries no date formatting or deadline-status code.
 */
import type { CardData } from '../../src/card/card-data';
import { asOfLabel, knowledgeAsOfLabel } from '../../src/card/card-view';
import { deadlineLine } from '../../src/card/deadline-line';
import { deadlineView, readerTimeZone } from '../../src/deadlines';
import type { CardLabels } from '../../src/messages/protocol';

export function cardLabels(
  data: CardData,
  locale: string,
  now: Date = new Date(),
  timeZone: string = readerTimeZone(),
): CardLabels {
  return {
    facts: data.facts.map((fact) => asOfLabel(fact.asOf, locale)),
    deadlines: data.deadlines.map((deadline) =>
      deadlineLine(deadlineView(deadline, now, data.packAsOf, locale, timeZone)),
    ),
    packAsOf: knowledgeAsOfLabel(data.packAsOf, locale),
  };
}
