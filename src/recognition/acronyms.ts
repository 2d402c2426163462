/**
 * Acronyms. Short capitalized names are reused: "MGX" is an Abu Dhabi investor, an Nvidia server
 * design and a Materialise label; "SAMR" is a Chinese regulator and a teaching model; "BIS" is a US
 * bureau and a Basel bank. So an organization's acronym alone is a weak alias (evidence.ts): it
 * counts on a page that also names a related entity, names two of the pack's entities, or carries
 * the story's words. Parentheses can settle it either way. A page that spells the acronym out in
 * the entity's own alias words ("Committee on Foreign Investment in the United States (CFIUS)")
 * names the entity, so its acronym counts as a full name there. A page that spells it out as
 * something else ("Mobile Game Exchange (MGX)", "MGX (Modular Graphics eXtension)") means someone
 * else, so the acronym then needs a related entity or the story's words, as a person's surname does.
 */
import * as evidence from './evidence';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop
// under tsx: the bench, annotate, tests), one per use on every candidate.
const { ACRONYM_EVIDENCE } = evidence;

/** Most capitalized words an expansion before "(ACRONYM)" may have. */
const MAX_EXPANSION_WORDS = 8;
/** Longest expansion read inside the parentheses after an acronym, in code units. */
const MAX_EXPANSION_CHARS = 80;
/** Capitalized words an expansion needs: one capitalized word is a name, not an expansion. */
const MIN_EXPANSION_WORDS = 2;
/** Lower-case words an expansion may hold between its capitalized ones. */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la', '&']);
const CAPITALIZED = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EXPANSION_AFTER = new RegExp(`^[ \\u00a0]?\\(([^()\\n]{2,${MAX_EXPANSION_CHARS}})\\)`);

/** A word as alias words are kept: lower case, without surrounding punctuation. */
function folded(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}.&'-]/gu, '');
}

/** True when `words` read as an expansion (two or more capitalized words) of none of `own`. */
function expandsOther(words: readonly string[], own: ReadonlySet<string>): boolean {
  const capitalized = words.filter((w) => CAPITALIZED.test(w));
  if (capitalized.length < MIN_EXPANSION_WORDS) return false;
  return !capitalized.some((w) => own.has(folded(w)));
}

/** The run of capitalized words (and connectors between them) that ends right before `end`. */
function capitalizedRunBefore(text: string, end: number): string[] {
  const words = text
    .slice(Math.max(0, end - MAX_EXPANSION_CHARS), end)
    .trimEnd()
    .split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < MAX_EXPANSION_WORDS * 2; i--) {
    const word = words[i] as string;
    if (CAPITALIZED.test(word)) run.unshift(word);
    else if (CONNECTORS.has(word) && run.length > 0) run.unshift(word);
    else break;
  }
  while (run.length > 0 && !CAPITALIZED.test(run[0] as string)) run.shift();
  return run;
}

/** Longest acronym alias (aliases.ts `ACRONYM`: a capital and up to five capitals or digits). */
const MAX_ACRONYM_CHARS = 6;
const ACRONYM_CHAR = /[\p{Lu}\p{N}]/u;

/**
 * Where all-capital words stand beside a parenthesis, found in one pass over the text's "(":
 * `inside` — "(MGX)", by the position of "("; `before` — "MGX (" or "MGX(", by the end of the word.
 */
export type ParenIndex = { inside: Map<string, number[]>; before: Map<string, number[]> };

function add(map: Map<string, number[]>, word: string, at: number): void {
  const list = map.get(word);
  if (list === undefined) map.set(word, [at]);
  else list.push(at);
}

export function parenIndex(text: string): ParenIndex {
  const index: ParenIndex = { inside: new Map(), before: new Map() };
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    let e = p + 1;
    while (e <= p + MAX_ACRONYM_CHARS && ACRONYM_CHAR.test(text[e] ?? '')) e++;
    if (text[e] === ')' && e - p - 1 >= 2) add(index.inside, text.slice(p + 1, e), p);
    const end = text[p - 1] === ' ' || text[p - 1] === '\u00a0' ? p - 1 : p;
    let s = end;
    while (s > 0 && end - s < MAX_ACRONYM_CHARS && ACRONYM_CHAR.test(text[s - 1] as string)) s--;
    if (end - s >= 2 && !LETTER_OR_DIGIT.test(text[s - 1] ?? ' ')) add(index.before, text.slice(s, end), end);
  }
  return index;
}

/** How the page spells an acronym out: as the entity's own name, as another's, or not at all. */
export type AcronymReading = 'own' | 'other' | 'none';

/**
 * True when the run of capitalized words before "(ACRONYM)" ends in an expansion in the entity's
 * own words: two or more capitalized words, each one of its alias words, read back from the
 * parenthesis ("The Trump administration's Committee on Foreign Investment in the United States").
 */
function endsInOwnExpansion(run: readonly string[], own: ReadonlySet<string>): boolean {
  let capitalized = 0;
  for (let i = run.length - 1; i >= 0; i--) {
    const word = run[i] as string;
    if (!CAPITALIZED.test(word)) continue;
    if (!own.has(folded(word))) break;
    capitalized++;
  }
  return capitalized >= MIN_EXPANSION_WORDS;
}

/** True when every capitalized word of `words`, two or more, is one of the entity's alias words. */
function allOwn(words: readonly string[], own: ReadonlySet<string>): boolean {
  const capitalized = words.filter((w) => CAPITALIZED.test(w));
  return capitalized.length >= MIN_EXPANSION_WORDS && capitalized.every((w) => own.has(folded(w)));
}

/**
 * How the text spells `acronym` out, before it in parentheses ("Mobile Game Exchange (MGX)") or
 * after it ("MGX (Modular Graphics Extension)"): 'own' when one expansion is in the entity's own
 * alias words `own` (name-owner.ts `ownWords`; that settles it), 'other' when one reads as another
 * name, 'none' otherwise. Only
 * exact-case, whole-word occurrences beside a parenthesis are read, through `index`
 * (`parenIndex(text)`, built once per text by the caller).
 */
export function acronymReading(
  text: string,
  acronym: string,
  own: ReadonlySet<string>,
  index: ParenIndex = parenIndex(text),
): AcronymReading {
  let reading: AcronymReading = 'none';
  for (const open of index.inside.get(acronym) ?? []) {
    const run = capitalizedRunBefore(text, open);
    if (endsInOwnExpansion(run, own)) return 'own';
    if (expandsOther(run, own)) reading = 'other';
  }
  for (const end of index.before.get(acronym) ?? []) {
    // An expansion after the acronym opens with a capital: "MGX (an Abu Dhabi fund)" describes it.
    const after = EXPANSION_AFTER.exec(text.slice(end, end + MAX_EXPANSION_CHARS + 3));
    const words = after === null ? [] : (after[1] as string).trim().split(/\s+/);
    if (!CAPITALIZED.test(words[0] ?? '')) continue;
    if (allOwn(words, own)) return 'own';
    if (expandsOther(words, own)) reading = 'other';
  }
  return reading;
}

/** True when the text spells `acronym` out as something not in the entity's words `own` (acronymReading). */
export function spelledOutAsOther(
  text: string,
  acronym: string,
  own: ReadonlySet<string>,
  index: ParenIndex = parenIndex(text),
): boolean {
  return acronymReading(text, acronym, own, index) === 'other';
}

/** How one text spells out each acronym it holds: computed once per acronym and entity, per text. */
export class AcronymReadings {
  private readonly readings = new Map<string, AcronymReading>();
  private index: ParenIndex | undefined;
  private text = '';

  /** Starts on a new text, forgetting the last one's readings. */
  reset(text: string): void {
    this.readings.clear();
    this.index = undefined;
    this.text = text;
  }

  /**
   * How many distinct entities named strongly the acronym at [start, end) naming `entityIndex` needs
   * beside it (evidence.ts): none (undefined: it is strong) when the page spells it out in the
   * entity's own words, as many as a person's surname when it spells it out as another's,
   * ACRONYM_EVIDENCE otherwise. `own` gives an entity's words (name-owner.ts `ownWords`); it is
   * asked only where the page holds the acronym beside a parenthesis: most pages hold none, and a
   * large pack's owners are then neither built nor read.
   */
  strongNeeded(
    start: number,
    end: number,
    entityIndex: number,
    own: (entity: number) => ReadonlySet<string>,
  ): number | undefined {
    const reading = this.at(start, end, entityIndex, own);
    if (reading === 'own') return undefined;
    return reading === 'other' ? Number.POSITIVE_INFINITY : ACRONYM_EVIDENCE;
  }

  /** acronymReading for the acronym at [start, end) of the current text, naming entity `entityIndex` (its words: `own`). */
  at(
    start: number,
    end: number,
    entityIndex: number,
    own: (entity: number) => ReadonlySet<string>,
  ): AcronymReading {
    this.index ??= parenIndex(this.text);
    const { inside, before } = this.index;
    // An acronym beside no parenthesis is spelled out nowhere (acronymReading reads nothing else).
    if (inside.size === 0 && before.size === 0) return 'none';
    const acronym = this.text.slice(start, end);
    if (!inside.has(acronym) && !before.has(acronym)) return 'none';
    const key = `${entityIndex} ${acronym}`;
    let reading = this.readings.get(key);
    if (reading === undefined) {
      reading = acronymReading(this.text, acronym, own(entityIndex), this.index);
      this.readings.set(key, reading);
    }
    return reading;
  }
}
