/**
 * What a place needs beyond an unrelated pack name elsewhere on the page. A place's card is about
 * the talks held there; "Chinese Foreign Minister Wang Yi has met U.S. Secretary of State John
 * Kerry at the ASEAN Foreign Ministers’ meeting in Kuala Lumpur" on a page that names Xi Jinping
 * three sentences later is another meeting's venue. A place whose entity is named only weakly
 * counts when the pack relates it to an entity named strongly ("Bessent … Kuala Lumpur"), when its
 * own sentence holds a mention of a pack entity that is no place ("Trump and Xi met in Busan"), or
 * when the page shows the story by its words or two related weak names (evidence.ts). An unrelated
 * pack name in another sentence of a page with no story words is no evidence for a place whose own
 * sentence names officials of its own meeting by title and name, none of them the pack's. On a
 * page that leaves one side of the story out (story-sides.ts), a place no related entity keeps is
 * another party's when the page names another country as a party, even beside a pack name of its
 * own sentence: "officials from Ukraine and Europe gathered in Geneva"; "Reporting from Geneva"
 * over a story of Ukraine's envoys; "Trump accused Spain … Madrid has dismissed", a capital
 * standing for its government. A page naming one side and no other party says too little to tell.
 * A place named as another event's venue ("the ASEAN summit in Kuala Lumpur": event-venues.ts; an
 * event named after no country, holding no pack name) is that event's on a page without story
 * words when no related entity counts, at every mention of the place on the page (one sense per
 * page: "… the ASEAN summit in Kuala Lumpur … Trump is scheduled to visit Kuala Lumpur").
 */
import type { AcceptedMentions } from './accepted';
import { namesACountry } from './bare-surnames';
import { sentenceAround } from './context';
import { eventNameBefore } from './event-venues';
import type { SideLeftOut } from './story-sides';

export type PlaceAnchors = {
  /** Entities named strongly on the page. */
  strong: ReadonlySet<number>;
  /** The pack's relations, both ways (evidence.ts `relationsOf`). */
  related: readonly (ReadonlySet<number> | undefined)[];
  /** 1 at the index of each place entity. */
  isPlace: Uint8Array;
  /** Whether the page shows the story (evidence.ts `StoryEvidence.shown`). */
  storyShown: () => boolean;
  /** The story's sides when the page leaves one out, by name and by entity (story-sides.ts). */
  leftOut: () => SideLeftOut | undefined;
  /** Whether an entity counts on the page: named strongly, or weakly with the page's evidence. */
  counts: (entity: number) => boolean;
};

/** Whether the weak place mention `k` among `kept` has one of the anchors above. */
export function placeAnchored(
  text: string,
  k: number,
  kept: readonly number[],
  accepted: Pick<AcceptedMentions, 'starts' | 'ends' | 'entities'>,
  anchors: PlaceAnchors,
): boolean {
  const { starts, ends, entities } = accepted;
  for (const other of anchors.related[entities[k] as number] ?? [])
    if (anchors.strong.has(other)) return true;
  // Before the sentence's own pack names: "Trump said Madrid must pay more to NATO" on a page
  // about Spain that never names China.
  if (!relatedCounts(entities[k] as number, anchors)) {
    if (anchors.leftOut()?.namesAnotherParty() === true) return false;
    for (const j of kept)
      if (entities[j] === entities[k] && anotherEventsVenue(text, j, kept, accepted, anchors)) return false;
  }
  const sentence = sentenceAround(text, starts[k] as number, ends[k] as number);
  for (const j of kept) {
    const at = starts[j] as number;
    if (j === k || at < sentence.start || at >= sentence.end) continue;
    if (anchors.isPlace[entities[j] as number] !== 1) return true;
  }
  return !namesOfficials(text.slice(sentence.start, sentence.end)) || anchors.storyShown();
}

/**
 * An office title and a two-word name after it ("Foreign Minister Wang Yi", "Secretary of State
 * John Kerry", "Prime Minister Anwar Ibrahim"): the sentence names the parties of its own meeting.
 */
const OFFICIAL =
  /\b(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|Envoy)(?: of [A-Z][a-z]+)? [A-Z][a-z]+ [A-Z][a-z]+/;

function namesOfficials(sentence: string): boolean {
  return OFFICIAL.test(sentence);
}

/**
 * Whether the place mention `j` is another event's venue: an event's name and meeting noun before
 * it, on a page without story words, naming no country and holding no pack name.
 */
function anotherEventsVenue(
  text: string,
  j: number,
  kept: readonly number[],
  accepted: Pick<AcceptedMentions, 'starts' | 'ends' | 'entities'>,
  anchors: PlaceAnchors,
): boolean {
  // Like officials of a place's own meeting, an event's name says nothing on a page of the story;
  // an event named after a country may be the story's own ("the US-China talks in Geneva").
  const event = eventNameBefore(text, accepted.starts[j] as number);
  if (event === undefined || anchors.storyShown() || namesACountry(text.slice(event.start, event.end)))
    return false;
  for (const other of kept) {
    const at = accepted.starts[other] as number;
    if (at >= event.start && at < event.end) return false;
  }
  return true;
}

/** Whether an entity the pack relates to `entity` counts on the page ("Kuala Lumpur … Busan"). */
function relatedCounts(entity: number, anchors: PlaceAnchors): boolean {
  for (const other of anchors.related[entity] ?? []) if (anchors.counts(other)) return true;
  return false;
}
