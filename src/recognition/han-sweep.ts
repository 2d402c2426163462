/**
 * The document-level steps of Han recognition (han.ts), over candidates in text order:
 *
 *  - one sense per page: an alias kept out of sentences with certain words is weak on a page
 *    that holds one of them (weakenedByPageSense);
 *  - leftmost-longest, with afterFullName and shared aliases settled by the mentions before
 *    (the entity named most recently wins), and a bare ministry name kept only on a text about
 *    its entity's country (han-countries.ts);
 *  - coreference of weak surnames: a bare 埃里森 after another person's full name with that
 *    surname (拉尔夫·埃里森) is that person, until the entity's own full name appears; a bare one
 *    before any full name belongs to the first full name after it when that is another person's
 *    and the entity's own never appears;
 *  - distribution of a country over a list: in 美國財政部、商務部及貿易代表辦公室 the bare names
 *    after the first take its country, when country + name is an alias.
 */
import { listSeparatorAt } from './han-countries';

export type HanEntry = {
  entity: number;
  afterFullName: boolean;
  ambiguous: boolean;
  notFollowedBy: string[];
  notPrecededBy: string[];
  notInSentenceWith: string[];
  /** The alias holds a middle dot (a full transliterated name). */
  dotted: boolean;
  short: boolean;
  latinStart: boolean;
  latinEnd: boolean;
  person: boolean;
  /** The alias is the surname of one of the entity's dotted aliases (格里尔 of 贾米森·格里尔). */
  surname: boolean;
  /** An organization alias ending in 部 (a ministry). */
  ministry: boolean;
  /** A ministry alias that starts with its country (美国商务部). */
  qualified: boolean;
  /** For a bare ministry alias, its entity's country (han-countries.ts), else -1. */
  country: number;
  /**
   * A bare ministry name read as another pack country's body (商务部 as the US department,
   * from its alias 美国商务部): it names that body only on a text about that country alone.
   */
  soleCountry: boolean;
  weak: boolean;
};

/**
 * A place in the text where aliases match; `others` are entities whose surname stands there in
 * another person's full name. With `holds`, the candidate stands only where it holds (the word
 * segmenter's reading of a two-character name, han.ts), asked only when the candidate can matter:
 * it would add a name to the page's names, or the sweep reaches it uncovered.
 */
export type Candidate = {
  start: number;
  end: number;
  entries: HanEntry[];
  others: number[];
  holds?: () => boolean;
};
export type Accepted = { start: number; end: number; entity: number; weak: boolean };

type SweepState = {
  fullySeen: Set<number>;
  lastSeenAt: Map<number, number>;
  namedAlone: Set<number>;
  /** Entity → whose full name claimed its surname last: 'own' or 'other'. */
  claims: Map<number, 'own' | 'other'>;
  /** Entity → indexes in `accepted` of bare surnames seen before any full name. */
  pending: Map<number, number[]>;
};

/**
 * One sense per page: an alias the pack keeps out of sentences with certain words (川普 beside
 * 四川 or 普通话 is Sichuan-accented Mandarin) is weak everywhere on a page that holds one of those
 * words. The page uses the alias in that other sense, so elsewhere on it the alias names the
 * entity only with page evidence (han-evidence.ts).
 */
export function weakenedByPageSense(
  candidates: Candidate[],
  text: string,
  occurs: (word: string) => boolean = (word) => text.includes(word),
): Candidate[] {
  const otherSense = new Map<HanEntry, boolean>();
  const affected = (entry: HanEntry): boolean => {
    if (entry.weak || entry.notInSentenceWith.length === 0) return false;
    let found = otherSense.get(entry);
    if (found === undefined) {
      found = entry.notInSentenceWith.some(occurs);
      otherSense.set(entry, found);
    }
    return found;
  };
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[k] as Candidate;
    if (!candidate.entries.some(affected)) continue;
    const entries = candidate.entries.map((entry) => (affected(entry) ? { ...entry, weak: true } : entry));
    candidates[k] = { ...candidate, entries };
  }
  return candidates;
}

/**
 * Leftmost-longest over sorted candidates; `aboutCountry` says whether the text is about a
 * country, `soleCountry` which pack country alone it is about, if any (han-countries.ts).
 */
export function sweep(
  candidates: readonly Candidate[],
  aboutCountry: (country: number) => boolean,
  soleCountry: () => number | undefined = () => undefined,
): Accepted[] {
  const accepted: Accepted[] = [];
  const state: SweepState = {
    fullySeen: new Set(),
    lastSeenAt: new Map(),
    namedAlone: new Set(),
    claims: new Map(),
    pending: new Map(),
  };
  const ownFullNames = new Set<number>();
  for (const { entries, holds } of candidates)
    if (holds === undefined) noteNames(entries, state.namedAlone, ownFullNames);
  // The names only grow: a held candidate that would add none need not be asked.
  for (const { entries, holds } of candidates) {
    if (holds !== undefined && addsNames(entries, state.namedAlone, ownFullNames) && holds())
      noteNames(entries, state.namedAlone, ownFullNames);
  }
  const dropped = new Set<number>();
  let coveredUpTo = 0;
  for (const { start, end, entries, others, holds } of candidates) {
    for (const entity of others) claim(state, entity, 'other', ownFullNames, dropped);
    if (start < coveredUpTo || entries.length === 0 || (holds !== undefined && !holds())) continue;
    const passing = entries.filter(
      (entry) =>
        (!entry.afterFullName || state.fullySeen.has(entry.entity)) &&
        countryAllows(entry, aboutCountry, soleCountry) &&
        !(entry.surname && entry.weak && state.claims.get(entry.entity) === 'other'),
    );
    const entity = chooseEntity(passing, state.lastSeenAt, state.namedAlone);
    if (entity === undefined) continue;
    const own = passing.filter((entry) => entry.entity === entity);
    const weak = own.every((entry) => entry.weak);
    accepted.push({ start, end, entity, weak });
    coveredUpTo = end;
    state.lastSeenAt.set(entity, start);
    if (own.some((entry) => !entry.afterFullName)) state.fullySeen.add(entity);
    if (own.some((entry) => entry.person && !entry.surname))
      claim(state, entity, 'own', ownFullNames, dropped);
    else if (own.every((entry) => entry.surname && entry.weak) && !state.claims.has(entity)) {
      const list = state.pending.get(entity) ?? [];
      list.push(accepted.length - 1);
      state.pending.set(entity, list);
    }
  }
  return accepted.filter((_, k) => !dropped.has(k));
}

/** The page's names a candidate adds: its entities named by no shared alias, and persons' own full names. */
function noteNames(entries: readonly HanEntry[], namedAlone: Set<number>, ownFullNames: Set<number>): void {
  if (entries.every((entry) => !entry.ambiguous)) for (const entry of entries) namedAlone.add(entry.entity);
  for (const entry of entries) if (entry.person && !entry.surname) ownFullNames.add(entry.entity);
}

/** Whether noteNames would add a name not yet in the sets. */
function addsNames(
  entries: readonly HanEntry[],
  namedAlone: ReadonlySet<number>,
  ownFullNames: ReadonlySet<number>,
): boolean {
  if (entries.every((entry) => !entry.ambiguous) && entries.some((entry) => !namedAlone.has(entry.entity)))
    return true;
  return entries.some((entry) => entry.person && !entry.surname && !ownFullNames.has(entry.entity));
}

/**
 * Whether a bare ministry name may be its entry's: the text is about the entry's country, and
 * not about another pack country alone; a name read as another country's body needs that
 * country alone.
 */
function countryAllows(
  entry: HanEntry,
  aboutCountry: (country: number) => boolean,
  soleCountry: () => number | undefined,
): boolean {
  if (entry.country < 0) return true;
  const sole = soleCountry();
  if (entry.soleCountry) return sole === entry.country;
  return aboutCountry(entry.country) && (sole === undefined || sole === entry.country);
}

function claim(
  state: SweepState,
  entity: number,
  by: 'own' | 'other',
  ownFullNames: ReadonlySet<number>,
  dropped: Set<number>,
): void {
  const pending = state.pending.get(entity);
  if (pending !== undefined && !state.claims.has(entity) && by === 'other' && !ownFullNames.has(entity)) {
    for (const k of pending) dropped.add(k);
  }
  state.pending.delete(entity);
  state.claims.set(entity, by);
}

function chooseEntity(
  passing: readonly HanEntry[],
  lastSeenAt: ReadonlyMap<number, number>,
  namedAlone: ReadonlySet<number>,
): number | undefined {
  const options = [...new Set(passing.map((entry) => entry.entity))];
  if (options.length <= 1) return options[0];
  const seen = options.filter((entity) => lastSeenAt.has(entity));
  if (seen.length > 0)
    return seen.reduce((a, b) => ((lastSeenAt.get(a) ?? 0) >= (lastSeenAt.get(b) ?? 0) ? a : b));
  const named = options.filter((entity) => namedAlone.has(entity));
  return named.length === 1 ? named[0] : undefined;
}

/** Country prefix → the rest of each alias that starts with it ("美國" → "商務部", "貿易代表辦公室"), longest first. */
export type Distributions = ReadonlyMap<string, ReadonlyArray<{ rest: string; entity: number }>>;

/**
 * Mentions named by distribution after a country-qualified mention: each list item that, with
 * the first item's country before it, is an alias. `prefixOf` gives an accepted mention's country prefix.
 */
export function distribute(
  text: string,
  accepted: readonly Accepted[],
  distributions: Distributions,
  prefixOf: (mention: Accepted) => string | undefined,
): Accepted[] {
  if (distributions.size === 0) return [...accepted];
  const added: Accepted[] = [];
  for (const mention of accepted) {
    const prefix = prefixOf(mention);
    const rests = prefix === undefined ? undefined : distributions.get(prefix);
    if (rests === undefined) continue;
    let at = mention.end;
    for (;;) {
      const separator = listSeparatorAt(text, at);
      if (separator === 0) break;
      const item = rests.find(({ rest }) => text.startsWith(rest, at + separator));
      if (item === undefined) break;
      at += separator;
      added.push({ start: at, end: at + item.rest.length, entity: item.entity, weak: false });
      at += item.rest.length;
    }
  }
  if (added.length === 0) return [...accepted];
  const overlaps = (m: Accepted) => added.some((a) => m.start < a.end && a.start < m.end);
  return [...accepted.filter((m) => !overlaps(m)), ...added].sort((a, b) => a.start - b.start);
}
