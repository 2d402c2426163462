/**
 * Words around a generic organization alias that make it another government's body: a lower-case
 * word naming a government below the nation right before it ("the state Treasury", "the provincial
 * commerce department"), or "in" and a country or US state right after it ("the Ministry of
 * Commerce in Thailand", "the Commerce Department in Minnesota", "the Treasury in South
 * Australia"). "Washington" is left out: "the Treasury in Washington" is the federal one.
 */
import { nextWord, previousWord, type Word } from './name-tokens';
import { isGovernmentPlace, sameCountryAsAny } from './places';

const SUBNATIONAL: ReadonlySet<string> = new Set([
  'state',
  'provincial',
  'municipal',
  'county',
  'city',
  'regional',
  'territorial',
  'prefectural',
]);
/** Words of a place name after "in": "South Carolina", "the United Arab Emirates". */
const MAX_PLACE_WORDS = 3;

function placeWordsAfter(text: string, end: number): Word[] {
  let word = nextWord(text, end);
  if (word?.folded === 'the') word = nextWord(text, word.end);
  const words: Word[] = [];
  while (word !== undefined && words.length < MAX_PLACE_WORDS && word.shape !== 'lower') {
    words.push(word);
    if (word.possessive) break;
    word = nextWord(text, word.end);
  }
  return words;
}

/** True when `name` (lower case) names a government other than the one of `ownWords`. */
function otherGovernment(name: string, ownWords: ReadonlySet<string>): boolean {
  return isGovernmentPlace(name) && name !== 'washington' && !sameCountryAsAny(name, ownWords);
}

/**
 * True when the words around text[start, end), a generic organization alias of an entity whose
 * own alias words are `ownWords`, make it another government's body.
 */
export function otherGovernmentAround(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
): boolean {
  const before = previousWord(text, start);
  if (before?.shape === 'lower' && SUBNATIONAL.has(before.folded)) return true;
  const preposition = nextWord(text, end);
  if (preposition?.folded !== 'in' || preposition.shape !== 'lower') return false;
  const words = placeWordsAfter(text, preposition.end).map((w) => w.folded);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    if (isGovernmentPlace(name)) return otherGovernment(name, ownWords);
  }
  const last = words.length > 0 ? (words[words.length - 1] as string) : '';
  return words.length > 1 && otherGovernment(last, ownWords);
}
