/**
 * Chinese (Han-script) aliases. Chinese has no spaces, so word boundaries say nothing: a Han
 * alias is found by character sequence anywhere, then kept only when these rules hold:
 *
 *  - an alias that starts or ends with a Latin letter (TikTok诉加兰德案) keeps its word boundary
 *    on that side;
 *  - a two-character alias (川普, 万斯, 銀湖) must start and end on a word boundary of the text as
 *    the platform's Chinese word segmenter (Intl.Segmenter) draws them: 川普 inside 四川普通话 is
 *    not a name;
 *  - a surname alias right after another given name and a middle dot (伊万卡·特朗普) names someone
 *    else, unless that given name is a variant of the entity's own (han-names.ts); the entity's
 *    own full dotted name (唐纳德·特朗普) is an alias and wins as the longer match. The dot may be
 *    written · ・ ‧ • and is also matched when left out (唐纳德特朗普);
 *  - a ministry fused with 长 (商务部长, 財政部長) is a minister's title, not the ministry; whose
 *    ministry a bare ministry name is, is settled by han-countries.ts;
 *  - names written in Han have their own structure (han-names.ts): variant transliterations of
 *    the entity's given name, relatives (小特朗普), names of things (特朗普币), case names;
 *  - the pack's rules, on characters: notPrecededBy / notFollowedBy compare the characters right
 *    before / after the alias, notInSentenceWith the sentence (up to 。！？；), afterFullName and
 *    ambiguous as in English (the entity named most recently wins);
 *  - candidates are taken leftmost-longest with document-level rules (han-sweep.ts), then a
 *    government title before a person is folded into the person's mention (han-titles.ts).
 *
 * Each mention says whether its alias is weak (a surname, a two-character name, a place, or
 * marked weak in the pack); han-merge.ts keeps weak ones only with page evidence (han-evidence.ts).
 *
 * Single Han characters are never aliases (the pack checker rejects them).
 */
import type { Entity, Pack } from '../knowledge/schema';
import { isWordAt } from './chars';
import { type Compiled, compileEntries, foldedWithRuns, SPACELESS_ANYWHERE } from './han-compile';
import { aboutCountry, ministryPlaceAllows, soleCountryOf } from './han-countries';
import { sentenceHasAny } from './han-evidence';
import { type Bucket, firstUnitBuckets, patternStartFinder, type Runs, wordsPresentIn } from './han-finders';
import { lawAliasesOf, lawTitles } from './han-law-titles';
import {
  DOT,
  foldGloss,
  glossAfter,
  insideCaseName,
  isRelativePrefix,
  namesAThing,
  ownGivenNameStart,
} from './han-names';
import { standsAsWord, touchesHan } from './han-segments';
import {
  type Accepted,
  type Candidate,
  distribute,
  type HanEntry,
  sweep,
  weakenedByPageSense,
} from './han-sweep';
import { besideOwnOffice, foldTitles, fusedWithHead, ownOfficesOf } from './han-titles';
import { lazy } from './lazy';
import { sortedBy } from './sorted';

export type HanMention = { entity: string; start: number; end: number; text: string };
/** A Han mention and whether its alias is weak (it needs page evidence, han-evidence.ts). */
export type WeighedHanMention = HanMention & { weak: boolean };

/**
 * A quick, non-Unicode-mode test for text that may hold Han or kana at all (kana, CJK Extension A,
 * the Unified Ideographs, compatibility ideographs, and the surrogates of Extensions B and on):
 * English text skips the Han matcher after one native scan.
 */
const MAY_HOLD_SPACELESS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud87f]/;

export function mayHoldSpaceless(text: string): boolean {
  return MAY_HOLD_SPACELESS.test(text);
}
const FIRST_COMMA = /[，,、;；]/;
const REJECT = -1;
const OTHER_PERSON = -2;

export { isSpacelessAlias } from './han-compile';

/** Whether a bracket's text is one of the Latin aliases, whole or up to its first comma. */
export function glossNames(gloss: string, aliases: ReadonlySet<string> | undefined): boolean {
  if (aliases === undefined) return false;
  return aliases.has(foldGloss(gloss)) || aliases.has(foldGloss(gloss.split(FIRST_COMMA)[0] ?? ''));
}

/** Where a given name of the entity's usual length ends at the dot `dotAt`, when written in Han. */
function givenNameStart(text: string, dotAt: number, givenNames: readonly string[]): number {
  const length = Math.max(0, ...givenNames.map((g) => g.length));
  const from = dotAt - length;
  if (length === 0 || from < 0) return dotAt + 1;
  for (let i = from; i < dotAt; i++) if (!SPACELESS_ANYWHERE.test(text[i] as string)) return dotAt + 1;
  return from;
}

function precededBy(text: string, start: number, phrases: readonly string[]): boolean {
  const beforeDot = text[start - 1] === DOT ? start - 1 : start;
  return phrases.some(
    (p) => text.startsWith(p, start - p.length) || text.startsWith(p, beforeDot - p.length),
  );
}

/**
 * The pack's own rules and the ministry rules, on the characters around the alias; all but the
 * word segmenter's reading of a two-character alias beside Han (`needsSegmenter`), which
 * candidatesAt asks once per place.
 */
function contextAllows(text: string, start: number, end: number, entry: HanEntry): boolean {
  if (entry.latinStart && isWordAt(text, start - 1)) return false;
  if (entry.latinEnd && isWordAt(text, end)) return false;
  if (
    entry.ministry &&
    (fusedWithHead(text, end) || !ministryPlaceAllows(text, start, end, entry.qualified))
  ) {
    return false;
  }
  if (entry.notPrecededBy.length > 0 && precededBy(text, start, entry.notPrecededBy)) return false;
  if (entry.notFollowedBy.some((p) => text.startsWith(p, end))) return false;
  if (entry.notInSentenceWith.length > 0 && sentenceHasAny(text, start, end, entry.notInSentenceWith)) {
    return false;
  }
  return true;
}

/** Whether the entry holds at [start, end) only where the segmenter reads the alias as a word (standsAsWord). */
function needsSegmenter(entry: HanEntry, touches: boolean): boolean {
  return entry.short && touches;
}

/**
 * Where the mention of `entry` at [start, end) starts (start, or earlier over a variant of the
 * entity's own given name), REJECT, or OTHER_PERSON when the surname stands in another
 * person's full name.
 */
function placeOf(text: string, start: number, end: number, entry: HanEntry, compiled: Compiled): number {
  if (!contextAllows(text, start, end, entry)) return REJECT;
  if (!entry.person) return start;
  if (isRelativePrefix(text, start) || namesAThing(text, end) || insideCaseName(text, start, end))
    return REJECT;
  if (entry.dotted || text[start - 1] !== DOT || !SPACELESS_ANYWHERE.test(text[start - 2] ?? ''))
    return start;
  const own = ownGivenNameStart(text, start - 1, compiled.givenNames[entry.entity] ?? []);
  if (own >= 0) return isRelativePrefix(text, own) ? REJECT : own;
  const gloss = glossAfter(text, end);
  const glosses = compiled.glosses[entry.entity];
  if (gloss === undefined || !glossNames(text.slice(gloss.start, gloss.end), glosses)) return OTHER_PERSON;
  return givenNameStart(text, start - 1, compiled.givenNames[entry.entity] ?? []);
}

/** The accepted mentions and the law titles (han-law-titles.ts) that overlap none of them, in text order. */
function withLawTitles(accepted: Accepted[], titles: readonly Omit<Accepted, 'weak'>[]): Accepted[] {
  const free = titles.filter((t) => !accepted.some((m) => m.start < t.end && t.start < m.end));
  if (free.length === 0) return accepted;
  return [...accepted, ...free.map((t) => ({ ...t, weak: false }))].sort((a, b) => a.start - b.start);
}

export type HanRecognizer = { recognize(text: string): WeighedHanMention[] };

/** Candidates at one place: entries grouped by where their mention starts (a variant given name starts it earlier). */
function candidatesAt(
  text: string,
  start: number,
  end: number,
  all: readonly HanEntry[],
  compiled: Compiled,
): Candidate[] {
  const touches = touchesHan(text, start, end);
  const places = all.map((entry) => placeOf(text, start, end, entry, compiled));
  const asks = all.map((entry, k) => needsSegmenter(entry, touches) && places[k] !== REJECT);
  if (!asks.includes(true)) return grouped(all, places, start, end);
  // The segmenter's reading is one per place. When every entry left hangs on it and none names
  // another person, the sweep asks it only if the candidate can matter (han-sweep.ts).
  const word = lazy(() => standsAsWord(text, start, end));
  if (places.every((at, k) => at === REJECT || (asks[k] && at !== OTHER_PERSON)))
    return grouped(all, places, start, end, word);
  const stands = word();
  return grouped(
    all,
    places.map((at, k) => (asks[k] && !stands ? REJECT : at)),
    start,
    end,
  );
}

/** The candidates of entries at their places (REJECT, OTHER_PERSON, or a start), each held by `holds` if given. */
function grouped(
  all: readonly HanEntry[],
  places: readonly number[],
  start: number,
  end: number,
  holds?: () => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  const others: number[] = [];
  for (let k = 0; k < all.length; k++) {
    const entry = all[k] as HanEntry;
    const at = places[k] as number;
    if (at === OTHER_PERSON) others.push(entry.entity);
    if (at < 0) continue;
    // Few starts per place (a variant given name moves one earlier): a list, in order of first use.
    let candidate = found.find((c) => c.start === at);
    if (candidate === undefined) {
      candidate =
        holds === undefined
          ? { start: at, end, entries: [], others: [] }
          : { start: at, end, entries: [], others: [], holds };
      found.push(candidate);
    }
    candidate.entries.push(entry);
  }
  if (others.length > 0) found.push({ start, end, entries: [], others });
  return found;
}

/** A recognizer for the pack's Han-script aliases, or undefined when the pack has none. */
export function compileHanRecognizer(pack: Pack): HanRecognizer | undefined {
  const compiled = compileEntries(pack);
  const { byPattern } = compiled;
  if (byPattern.size === 0) return undefined;
  const { bucketOf, buckets } = firstUnitBuckets([...byPattern.keys()]);
  const patternStarts = patternStartFinder(bucketOf, buckets);
  const entities = pack.entities;
  const prefixes = [...compiled.distributions.keys()];
  const laws = lawAliasesOf(pack);
  const senseWords = wordsPresentIn(
    [...byPattern.values()].flat().flatMap((entry) => entry.notInSentenceWith),
  );
  let offices: string[][] | undefined;
  const officesOf = (entity: number) => {
    offices ??= entities.map((e) => (e.type === 'person' ? ownOfficesOf(e) : []));
    return offices[entity] ?? [];
  };

  const candidatesOf = (text: string, runs: Runs): Candidate[] => {
    const found: Candidate[] = [];
    for (const start of patternStarts(text, runs)) {
      const bucket = buckets[bucketOf[text.charCodeAt(start)] as number] as Bucket;
      for (const pattern of bucket.seconds.get(text.charCodeAt(start + 1)) ?? []) {
        if (!text.startsWith(pattern, start)) continue;
        found.push(
          ...candidatesAt(text, start, start + pattern.length, byPattern.get(pattern) ?? [], compiled),
        );
      }
    }
    // Sorted by start, longest first; a variant given name may have moved a start earlier.
    return sortedBy(found, (a, b) => a.start - b.start || b.end - a.end);
  };

  return {
    recognize(text: string): WeighedHanMention[] {
      if (!MAY_HOLD_SPACELESS.test(text)) return [];
      const { folded, runs } = foldedWithRuns(text);
      const countries = new Map<number, boolean>();
      const about = (country: number) => {
        const known = countries.get(country) ?? aboutCountry(folded, country);
        countries.set(country, known);
        return known;
      };
      let sole: { country: number | undefined } | undefined;
      const soleCountry = () => {
        sole ??= { country: soleCountryOf(folded) };
        return sole.country;
      };
      const prefixOf = (m: Accepted) => prefixes.find((p) => folded.startsWith(p, m.start));
      const present = lazy(() => senseWords(folded, runs));
      const occurs = (word: string) => present().has(word);
      const accepted = distribute(
        folded,
        sweep(weakenedByPageSense(candidatesOf(folded, runs), folded, occurs), about, soleCountry),
        compiled.distributions,
        prefixOf,
      );
      return foldTitles(folded, withLawTitles(accepted, lawTitles(folded, laws)), entities).map(
        ({ start, end, entity, weak }) => ({
          entity: (entities[entity] as Entity).id,
          start,
          end,
          text: text.slice(start, end),
          // A weak name beside the person's own office (美國副總統范斯) is evidence of its own.
          weak: weak && !besideOwnOffice(folded, start, end, officesOf(entity)),
        }),
      );
    },
  };
}
