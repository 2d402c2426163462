/**
 * Headings and steps joined to running text. Extracted text and quoted excerpts often run a
 * heading or a numbered step into the next sentence with no line break ("Chapter 4. Installing
 * the NVIDIA Driver … This chapter …", "Step 1: Open Tiktok Open the app and tap …"). A
 * capitalized word after an organization's name then looks like the next word of a longer name
 * ("NVIDIA Driver", "Tiktok Open"), and the company's own mention is lost. Two facts about English
 * pages, about no entity, tell the two apart:
 *
 * - **One sense per page.** A page that writes the same name with the same word after it in lower
 *   case ("installing the NVIDIA driver") uses a common noun there; the capitalized one is that
 *   noun in a heading's Title Case, read as the lower-case occurrence reads (which other rules may
 *   still make another body's or a place's: "the Silver Lake reservoir").
 * - **A step's verb.** A capitalized word followed by a lower-case determiner ("Open the app",
 *   "Tap your profile") is a verb opening an imperative sentence, not the next word of a name: a
 *   name's words are never followed by the object of a verb. A determiner opening a time phrase
 *   ("at Oracle Park the next day") leaves the longer name alone, and so does a venue's or an
 *   institution's head noun, which a fronted place may put before a determiner ("At Oracle Park
 *   the Giants won").
 */
import * as chars from './chars';
import type { LineShapes } from './headlines';
import { isObjectDeterminer, opensTimePhrase } from './imperatives';
import { INSTITUTION_HEADS } from './institutions';
import type { Word } from './name-tokens';
import * as nameTokens from './name-tokens';
import { ESTABLISHMENT_HEADS } from './possessive-names';

// Module-local copies: an imported binding may compile to a getter call under tsx.
const { nextWord } = nameTokens;
const { indexOfText, isWordAt } = chars;

const HYPHEN = 0x2d;
const PERIOD = 0x2e;

/** Head nouns of venues' and buildings' names, beside institutions' and establishments'. */
const VENUE_HEADS: ReadonlySet<string> = new Set([
  ...INSTITUTION_HEADS,
  ...ESTABLISHMENT_HEADS,
  ...'arena tower towers center centre field hall plaza square building theater theatre bridge gallery'.split(
    ' ',
  ),
]);

/**
 * Characters read on each side of a name for its lower-case twin: a heading and the paragraphs
 * under it, so the check costs the same on a 10 MB page as on a short one.
 */
export const TWIN_WINDOW = 1000;

/** True when the code unit before `at` would make the name part of a longer word ("e-NVIDIA"). */
function joinedBefore(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  return isWordAt(text, at - 1) || unit === HYPHEN || unit === PERIOD;
}

/**
 * The start of another occurrence of the name text[start, end), written the same, with the word
 * `next` (the capitalized word after this occurrence) right after it in lower case, within
 * TWIN_WINDOW characters; undefined when the section writes the two together in lower case nowhere,
 * when `next` is not capitalized, or in a headline (whose own rule reads the running text:
 * headline-names.ts).
 */
export function lowerCaseTwinAt(
  text: string,
  start: number,
  end: number,
  next: Word | undefined,
  lines: LineShapes,
): number | undefined {
  if (next === undefined || next.shape !== 'capitalized' || lines.isHeadlineAt(start)) return undefined;
  const name = text.slice(start, end);
  const noun = text.slice(next.start, next.end).toLowerCase();
  const from = Math.max(0, start - TWIN_WINDOW);
  const section = text.slice(from, Math.min(text.length, end + TWIN_WINDOW));
  for (let i = indexOfText(section, name); i !== -1; i = indexOfText(section, name, i + 1)) {
    const at = from + i;
    if (at === start || joinedBefore(text, at)) continue;
    const word = nextWord(text, at + name.length);
    if (word !== undefined && word.end - word.start === noun.length && text.startsWith(noun, word.start))
      return at;
  }
  return undefined;
}

/**
 * True when `word` (capitalized) has a lower-case determiner right after it that opens no time
 * phrase: the verb of a step or sentence joined to the name before it ("Open Tiktok Open the app").
 */
export function opensJoinedStep(text: string, word: Word | undefined): boolean {
  if (word === undefined || word.shape !== 'capitalized' || VENUE_HEADS.has(word.folded)) return false;
  const determiner = nextWord(text, word.end);
  return (
    determiner !== undefined &&
    determiner.shape === 'lower' &&
    isObjectDeterminer(determiner.folded) &&
    !opensTimePhrase(text, determiner.end)
  );
}
