/**
 * A reporter's misspelling of an organization's name of several words, on a page that also writes
 * the name right: "TikTok Inks Deal With Oracle, Silver Lage, & MGX" above "deals with Oracle,
 * Silver Lake and MGX"; "United State Trade Representative" below "the United States Trade
 * Representative". The matcher finds only the aliases as written; this finds, for an alias the
 * page already holds, the same words with exactly one of them (not the first) one edit away
 * (misspelt-names.ts withinOneEdit), so that the recognizer reads it as that alias with every rule
 * of the alias (page evidence for a weak one, other governments, longer names, office titles).
 *
 * A person's full name is read so too, but only with its surname misspelt ("Scott Bessant",
 * "Jensen Huangs" near "Scott Bessent", "Jensen Huang"): misspelt-surnames.ts.
 *
 * For organizations: the first word and every other word exact as the alias writes them, the misspelt
 * word of at least MIN_MISSPELT_WORD letters with the same first letter, not the word's plural
 * ("Silver Lakes", "Commerce Departments" are other names or other bodies), and only near where
 * the page writes the alias itself: within MISSPELT_WINDOW characters of one of its first
 * MAX_OCCURRENCES occurrences, for the first MAX_ALIASES such aliases of the page (candidates.ts
 * finishScan), so that the search costs a few small windows per call whatever the page's length.
 */
import { escapeRegExp } from './chars';
import { CASE_MASK_BITS } from './letter-case';
import { withinOneEdit } from './misspelt-names';
import { afterThe, misspeltSurname, surnameIndex } from './misspelt-surnames';

/** Shortest alias word read as misspelt ("Lake", "State"): shorter words are function words or acronyms. */
export const MIN_MISSPELT_WORD = 4;

const LETTERS_ONLY = /^\p{L}+$/u;
/** The spaces that may part the words of a name on one line. */
const NAME_SPACE = '[ \\u00a0]+';
const SPACE = 0x20;

/**
 * The words of an alias as written when it may be read misspelt: two words or more, each made of
 * letters only ("Silver Lake", "Department of Commerce"; not "U.S. Trade Representative",
 * "Oracle Corp."); else undefined.
 */
export function misspellableWords(asWritten: string): readonly string[] | undefined {
  const words = asWritten.split(' ');
  return words.length >= 2 && words.every((word) => LETTERS_ONLY.test(word)) ? words : undefined;
}

/**
 * Whether `written` is the alias word `word` misspelt: one edit away in lower case, neither the
 * word itself in any case nor its plural, with the same first letter in the same case, and the
 * word at least MIN_MISSPELT_WORD letters long.
 */
export function misspeltWord(written: string, word: string): boolean {
  if (word.length < MIN_MISSPELT_WORD || written[0] !== word[0]) return false;
  const [a, b] = [written.toLowerCase(), word.toLowerCase()];
  return a !== b && a !== `${b}s` && withinOneEdit(a, b);
}

/** Per alias's words: the RegExp finding its first word and as many words after it. */
const finders = new WeakMap<readonly string[], RegExp>();

/** A letter or digit, which would make a word part of a longer one. */
const WORD_UNIT = /[\p{L}\p{N}]/u;

/** Whether the code unit at `i` (a letter or digit of `text`) joins a word there; false outside the text. */
const wordUnitAt = (text: string, i: number) => i >= 0 && i < text.length && WORD_UNIT.test(text.charAt(i));

function finderOf(words: readonly string[]): RegExp {
  let finder = finders.get(words);
  if (finder === undefined) {
    const rest = words
      .slice(1)
      .map(() => `${NAME_SPACE}(\\p{L}+)`)
      .join('');
    // A literal first: the engine skips to the first word's occurrences (edges checked outside).
    finder = new RegExp(`${escapeRegExp(words[0] as string)}${rest}`, 'gu');
    finders.set(words, finder);
  }
  return finder;
}

/**
 * Where `text` writes the alias of `words` (misspellableWords) with exactly one word after the
 * first misspelt (misspeltWord) and the others as the alias writes them, inside text[from, to):
 * start and end offsets, in pairs, in text order. With `surnameAt` (a person's full name), only
 * the word at that index may be misspelt, as misspeltSurname reads it, and never after "the".
 */
export function misspeltAliasSpans(
  text: string,
  words: readonly string[],
  from = 0,
  to = text.length,
  surnameAt = NO_SURNAME,
): number[] {
  // Most windows hold the alias only as written (they are drawn around its occurrences): no span.
  return writtenOnlyAsAlias(text, words, from, to) ? [] : spansByRegExp(text, words, from, to, surnameAt);
}

/** An organization's alias: any word after the first may be misspelt. */
export const NO_SURNAME = -1;

/** Whether the written word `w` of a match misspells the alias's word there: 1 when it does, 0 when exact, 2 when neither. */
function misspeltAt(written: string, word: string, w: number, surnameAt: number): number {
  if (written === word) return 0;
  if (surnameAt === NO_SURNAME) return misspeltWord(written, word) ? 1 : 2;
  return w === surnameAt && misspeltSurname(written, word) ? 1 : 2;
}

/** `misspeltAliasSpans` read by its RegExp at every occurrence, without the check for the alias as written. */
export function spansByRegExp(
  text: string,
  words: readonly string[],
  from: number,
  to: number,
  surnameAt = NO_SURNAME,
): number[] {
  const spans: number[] = [];
  const finder = finderOf(words);
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  finder.lastIndex = 0;
  for (let match = finder.exec(part); match !== null; match = finder.exec(part)) {
    const [start, end] = [from + match.index, from + match.index + match[0].length];
    let misspelt = 0;
    for (let i = 1; i < words.length && misspelt <= 1; i++)
      misspelt += misspeltAt(match[i] as string, words[i] as string, i, surnameAt);
    const person = surnameAt !== NO_SURNAME;
    if (
      misspelt === 1 &&
      !wordUnitAt(text, start - 1) &&
      !wordUnitAt(text, end) &&
      !(person && afterThe(text, start))
    )
      spans.push(start, end);
    // A match may hold the first word again ("Silver Silver Lake"): look again right after it.
    finder.lastIndex = match.index + (words[0] as string).length;
  }
  return spans;
}

/** A letter (\p{L}) starting at lastIndex: a word going on past an alias's last word. */
const LETTER_AT = /\p{L}/uy;

/**
 * Whether every occurrence of the alias's first word in text[from, to) opens the alias exactly as
 * written (its words parted by one space), ending at or before `to` with no letter right after it
 * inside the window. Then `spansByRegExp` finds no span there: its RegExp matches only at those
 * occurrences and reads back the alias's own words, none misspelt. No RegExp match is made.
 */
function writtenOnlyAsAlias(text: string, words: readonly string[], from: number, to: number): boolean {
  const first = words[0] as string;
  // The window's own string (a slice shares the text): indexOf stops at its end, not the text's.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let at = part.indexOf(first); at >= 0; at = part.indexOf(first, at + 1)) {
    let end = from + at + first.length;
    for (let w = 1; w < words.length; w++) {
      const word = words[w] as string;
      if (text.charCodeAt(end) !== SPACE || !text.startsWith(word, end + 1)) return false;
      end += 1 + word.length;
    }
    if (end > to) return false;
    LETTER_AT.lastIndex = end;
    if (end < to && LETTER_AT.test(text)) return false;
  }
  return true;
}

/**
 * How far from the name written right a misspelt one is looked for, in characters either side:
 * a headline over its first paragraph, a quote's attribution a few sentences on.
 */
export const MISSPELT_WINDOW = 600;
/**
 * Per call, the aliases looked for misspelt and, for each, the occurrences around which: a page
 * naming many organizations (a 10,000-entity pack's page) costs a few small windows, not a pass
 * over the text per name.
 */
export const MAX_ALIASES = 8;
export const MAX_OCCURRENCES = 4;

/** Windows of MISSPELT_WINDOW around each of `starts` (ascending), merged where they overlap. */
export function windowsAround(starts: readonly number[], length: number): [number, number][] {
  const windows: [number, number][] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    const [from, to] = [Math.max(0, start - MISSPELT_WINDOW), Math.min(length, start + MISSPELT_WINDOW)];
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** The states of a pattern in MisspeltAliases. */
const [UNREAD, NOT_MISSPELLABLE, MISSPELLABLE] = [0, 1, 2];

type Candidates = {
  readonly count: number;
  readonly starts: Int32Array;
  readonly patterns: Int32Array;
  push(start: number, end: number, pattern: number, caseMask: number): void;
};

/** What the search reads of the pack: per entity, its kind and a person's one-word aliases. */
export type MisspellingPack = {
  entriesOf: (pattern: number) => readonly { entity: number; asWritten: string }[];
  /** Per entity, 1 for an organization, 1 for a person (entity-kinds.ts). */
  kinds: { readonly organization: Uint8Array; readonly person: Uint8Array };
  /** A person's one-word aliases as written ("Bessent", "Huang"). */
  surnamesOf: (entity: number) => readonly string[];
};

/**
 * Per compiled pack: which patterns are multi-word organization aliases, or person full names with
 * a surname after the first word, that may be read misspelt.
 */
export class MisspeltAliases {
  /** Per pattern: UNREAD, NOT_MISSPELLABLE or MISSPELLABLE, grown on demand. */
  private states = new Uint8Array(0);
  /** The words of each MISSPELLABLE pattern's alias. */
  private readonly words = new Map<number, readonly string[]>();
  /** For a person's full name, the index of its surname among the words (else NO_SURNAME). */
  private readonly surnameAt = new Map<number, number>();

  /**
   * Adds a candidate, with every entry of the alias allowed as to letter case (the words are
   * compared as written), wherever `text` writes one of the multi-word organization aliases or
   * person full names among `candidates` with one word misspelt (misspeltAliasSpans).
   */
  addTo(candidates: Candidates, text: string, pack: MisspellingPack): void {
    let found: Map<number, number[]> | undefined;
    for (let k = 0; k < candidates.count; k++) {
      const pattern = candidates.patterns[k] as number;
      if (!this.misspellable(pattern, pack)) continue;
      found = found ?? new Map();
      const at = found.get(pattern);
      if (at === undefined && found.size < MAX_ALIASES) found.set(pattern, [candidates.starts[k] as number]);
      else if (at !== undefined && at.length < MAX_OCCURRENCES) at.push(candidates.starts[k] as number);
    }
    if (found === undefined) return;
    for (const [pattern, starts] of found) {
      const words = this.words.get(pattern) as readonly string[];
      const surnameAt = this.surnameAt.get(pattern) ?? NO_SURNAME;
      for (const [from, to] of windowsAround(starts, text.length)) {
        const spans = misspeltAliasSpans(text, words, from, to, surnameAt);
        // The entries are read only for a span found (most windows have none).
        const everyEntry = spans.length === 0 ? 0 : (1 << pack.entriesOf(pattern).length) - 1;
        for (let s = 0; s < spans.length; s += 2)
          candidates.push(spans[s] as number, spans[s + 1] as number, pattern, everyEntry);
      }
    }
  }

  private misspellable(pattern: number, pack: MisspellingPack): boolean {
    if (pattern >= this.states.length) {
      const grown = new Uint8Array(Math.max(pattern + 1, this.states.length * 2));
      grown.set(this.states);
      this.states = grown;
    }
    if (this.states[pattern] === UNREAD) {
      const words = this.readWords(pattern, pack);
      if (words !== undefined) this.words.set(pattern, words);
      this.states[pattern] = words === undefined ? NOT_MISSPELLABLE : MISSPELLABLE;
    }
    return this.states[pattern] === MISSPELLABLE;
  }

  /** The words of a pattern that may be read misspelt (recording a person's surname index), else undefined. */
  private readWords(pattern: number, pack: MisspellingPack): readonly string[] | undefined {
    const entries = pack.entriesOf(pattern);
    const first = entries[0];
    if (first === undefined || entries.length > CASE_MASK_BITS) return undefined;
    const words = misspellableWords(first.asWritten);
    if (words === undefined) return undefined;
    if (entries.every((entry) => pack.kinds.organization[entry.entity] === 1)) return words;
    // A person's full name: one entity, its surname after the first word.
    if (pack.kinds.person[first.entity] !== 1 || entries.some((entry) => entry.entity !== first.entity))
      return undefined;
    const at = surnameIndex(words, pack.surnamesOf(first.entity));
    if (at === undefined) return undefined;
    this.surnameAt.set(pattern, at);
    return words;
  }
}
