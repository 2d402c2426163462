/**
 * Name structure: whether a candidate match is a name of its own or only a part of a longer one.
 *
 * - Person-name structure: an alias that is one part of a person's name is not that person when a
 *   capitalized name word sits next to it that is neither a title ("President", "Secretary") nor
 *   part of the entity's own names: "Keith Ellison", "Eric Trump", "Li Na", "Donald Trump Jr.".
 *   On the side where the entity's own given name sits (before "Trump" in "Donald Trump", after
 *   "Li" in "Li Chenggang") that word makes another person's full name, which then claims later
 *   bare mentions of the same word (coreference.ts); on the other side it makes a longer name.
 * - Names inside names: any alias followed by a capitalized word of the same name ("Oracle Red Bull
 *   Racing", "Kuala Lumpur Tower", "Madrid Open"), a connector and a name ("Oracle of Omaha",
 *   "Masters de Madrid"), or — for places and organizations — preceded by one inside a sentence
 *   ("Real Madrid", "Menara Kuala Lumpur") or by an acronym or a country's possessive
 *   ("HM Treasury", "India's Ministry of Commerce"), is part of that longer name. Lower-case
 *   continuations ("Trump administration", "Nvidia chips") are not.
 * - A capitalized function word used as a name ("He" for He Lifeng) counts only inside a sentence.
 * In a headline only the suffix and connector checks apply, but not on a relation label line (relation-labels.ts).
 */
import { ampersandBefore, committeeAfter, longerBodyNameBefore } from './body-names';
import { partyOfCaption } from './case-captions';
import * as chars from './chars';
import { foreignGovernmentInSentence } from './foreign-sentence';
import { governmentBefore, otherGovernmentAround, ownCountryOfAfter } from './government-words';
import { runningTextOccurrence } from './headline-names';
import type { LineShapes } from './headlines';
import { opensImperative } from './imperatives';
import { titledInstitutionAt } from './institutions';
import { lowerCaseTwinAt, opensJoinedStep } from './joined-headings';
import { bareWordReading } from './kinship';
import { initialedOwnName } from './middle-initials';
import { type MisspeltNames, misspeltOwnName as misspelt } from './misspelt-names';
import { endsPersonName, isTwin } from './name-phrase';
import { companyAsCommonNoun, geographicHeadBefore, particleChainBefore } from './name-shapes';
import type { Word } from './name-tokens';
import * as nameTokens from './name-tokens';
import * as nameWords from './name-words';
import { countryBeforeLowerWordAt, usStateAfterComma } from './places';
import { pluralPossessiveBefore } from './plural-possessives';
import { possessiveEstablishmentAfter } from './possessive-names';
import { readsAsFunctionWord } from './pronoun-case';
import { afterRelationLabel } from './relation-labels';
import { makersProduct, sponsorInTeamName } from './team-names';
import { OFFICE_TITLE_WORDS } from './titles';

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop).
const { CORPORATE_SUFFIXES, FUNCTION_WORDS, GENERATIONAL_SUFFIXES, NAME_CONNECTORS } = nameWords;
const { PLACE_NOUNS, TENURE_NOUNS, TITLE_WORDS } = nameWords;
const { nextWord, opensSentence, previousWord, suffixAfterComma } = nameTokens;
const { hasInnerSpace, isAnySpace } = chars;

export type StructureVerdict =
  | 'keep'
  /** Part of another person's full name, on the entity's given-name side: claims the word. */
  | 'other-person'
  /** Part of a longer proper name (a building, club, event, another person's name read the other way). */
  | 'longer-name'
  /** Qualified as another body ("HM Treasury", "India's Ministry of Commerce"). */
  | 'qualifier'
  /** A function word where it would be capitalized anyway ("He said"). */
  | 'pronoun'
  /** An organization's name used for a place ("the Silver Lake neighborhood"). */
  | 'place-name'
  /** A company's name standing alone after "the": a character or thing ("the Oracle said"). */
  | 'common-noun'
  | 'verb'; // opening an imperative sentence: "Chew your food." (imperatives.ts)

/** What name structure needs to know about the entity a candidate would name. */
export type NameOwner = {
  isPerson: boolean;
  isOrganization: boolean;
  /** Every word of every alias of the entity, lower case. */
  ownWords: ReadonlySet<string>;
  /** For a one-word person alias: whether the entity's given name comes before it ("Donald Trump") and/or after it ("Li Chenggang"). */
  givenBefore: boolean;
  givenAfter: boolean;
  misspelling?: MisspeltNames; // its given names and full names, for "Jameison Greer" (misspelt-names.ts)
  /** The countries the pack's aliases name (the story's sides), lower case; computed when first asked for. */
  packCountries?: () => ReadonlySet<string>;
  productWords?: ReadonlySet<string>; // "shop" for TikTok: its own products' words, lower case (pack data)
  isCompany?: boolean; // an organization with a corporate suffix among its aliases ("Oracle Corp.")
};

/** Longest function word that could be an alias ("tomorrow"). */
export const MAX_FUNCTION_WORD = 9;

/** True when the code unit at `i` is white space that may join a neighboring word. */
function joinsWord(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (isAnySpace(text.charCodeAt(i)) || suffixAfterComma(text, i));
}

/** A capitalized word that can be part of a name: not a function word, title or one of the entity's own words. */
export function isNameWord(word: Word | undefined, owner: NameOwner): word is Word {
  if (word === undefined || word.shape !== 'capitalized') return false;
  const bare = word.folded.replace(/\.$/, '');
  return (
    !FUNCTION_WORDS.has(bare) &&
    !TITLE_WORDS.has(bare) &&
    !owner.ownWords.has(word.folded) &&
    !owner.ownWords.has(bare)
  );
}

/**
 * True when the alias ends in an office noun ("US Trade Representative"), which a person's name
 * may follow. A descriptor that only opens a title ("Treasury" in "Treasury Secretary") does not
 * count: "Treasury Wine Estates" is a longer name.
 */
function endsInTitle(text: string, start: number, end: number): boolean {
  let from = end;
  while (from > start && !JS_WHITE_SPACE.has(text.charCodeAt(from - 1))) from--;
  return OFFICE_TITLE_WORDS.has(text.slice(from, end).toLowerCase());
}

/** The code units RegExp `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export const JS_WHITE_SPACE: ReadonlySet<number> = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/**
 * True when the alias at `start` is the object of an office noun ("Secretary of the Treasury",
 * "Minister of Commerce"): the title's holder may follow it ("… Scott Bessent").
 */
function objectOfOffice(text: string, start: number): boolean {
  let word = previousWord(text, start);
  if (word?.folded === 'the') word = previousWord(text, word.start);
  if (word?.folded !== 'of') return false;
  const office = previousWord(text, word.start);
  return office !== undefined && OFFICE_TITLE_WORDS.has(office.folded);
}

export function continuesName(word: Word | undefined, owner: NameOwner): boolean {
  if (!isNameWord(word, owner)) return false;
  if (owner.isOrganization && CORPORATE_SUFFIXES.has(word.folded)) return false;
  if (owner.isPerson && TENURE_NOUNS.has(word.folded)) return false;
  return true;
}

/** The connector + name after `end` ("of Omaha", "de Madrid"). */
function connectorNameAfter(text: string, word: Word | undefined, owner: NameOwner): boolean {
  return (
    word !== undefined && NAME_CONNECTORS.has(word.folded) && isNameWord(nextWord(text, word.end), owner)
  );
}

/** The person rules; in a headline (read only when a capitalized neighbor decides) only the suffix applies. */
function personVerdict(
  text: string,
  start: number,
  end: number,
  owner: NameOwner,
  lines: LineShapes,
): StructureVerdict {
  const next = nextWord(text, end);
  if (GENERATIONAL_SUFFIXES.has(next?.folded ?? '') || suffixAfterComma(text, end)) return 'other-person';
  // "Trump’s Castle casino": the possessive opens a business's name (possessive-names.ts).
  if (possessiveEstablishmentAfter(text, end) && !lines.isHeadlineAt(start)) return 'longer-name';
  // A full name ("Xi Jinping") after a capitalized word is an apposition, not part of a longer
  // name: "… General Secretary of the Chinese Communist Party Xi Jinping".
  const fullName = hasInnerSpace(text, start, end);
  // "in Greer, South Carolina" is a town, "the older Trump son Fred" a family's name (kinship.ts).
  const bareReading = bareWordReading(text, start, end);
  if (bareReading !== undefined) return bareReading;
  const before = fullName ? undefined : previousWord(text, start);
  // A name word said twice is a name of its own ("Xi Xi", the writer; "Li Li"), not the entity's:
  // its own given name is never its surname again.
  if (!fullName && isTwin(text, start, end, before, next)) return 'other-person';
  const nameBefore = isNameWord(before, owner) && !before.possessive;
  const nameAfter = continuesName(next, owner) && !(fullName && countryBeforeLowerWordAt(text, end));
  // The given-name side decides first: "Chef Xi Wen" is another person called Xi, whose full
  // name claims the later bare "Xi", whatever stands before it.
  if (!nameBefore && !nameAfter) return 'keep';
  if (
    (lines.isHeadlineAt(start) && !afterRelationLabel(text, start)) ||
    misspelt(text, start, nameBefore ? before : undefined, nameAfter ? next : undefined, owner) ||
    (nameBefore && !nameAfter && initialedOwnName(text, start, owner))
  )
    return 'keep';
  if ((nameBefore && owner.givenBefore) || (nameAfter && owner.givenAfter)) return 'other-person';
  // English writes given names first, whatever the order of the entity's own name (name-phrase.ts).
  return nameBefore && endsPersonName(text, before as Word, next) ? 'other-person' : 'longer-name';
}

function otherVerdict(
  text: string,
  start: number,
  end: number,
  owner: NameOwner,
  lines: LineShapes,
  generic: boolean,
): StructureVerdict {
  const next = nextWord(text, end);
  // "Installing the NVIDIA Driver" beside "the NVIDIA driver": one sense per page (joined-headings.ts).
  const twin = owner.isOrganization ? lowerCaseTwinAt(text, start, end, next, lines) : undefined;
  if (twin !== undefined) return structureVerdict(text, twin, twin + end - start, owner, lines, generic);
  // "Ministry of Commerce of the People's Republic of China": its own country closes the official name.
  if (
    connectorNameAfter(text, next, owner) &&
    !(owner.isOrganization && ownCountryOfAfter(text, end, owner.ownWords))
  )
    return 'longer-name';
  // "the Silver Lake neighborhood": an organization's name used for the place it is named after.
  if (owner.isOrganization && next !== undefined && next.shape === 'lower' && PLACE_NOUNS.has(next.folded)) {
    return 'place-name';
  }
  // "MPs on the Treasury committee": a parliament's committee named after the field (body-names.ts).
  if (owner.isOrganization && generic && committeeAfter(next)) return 'longer-name';
  // "Commerce, Texas", "Geneva, Ill.": a US town of that name.
  if (usStateAfterComma(text, end)) return 'place-name';
  if (owner.isCompany === true && companyAsCommonNoun(text, start, end)) return 'common-noun';
  const verdict = bodyNameVerdict(text, start, end, owner, next, generic);
  if (
    verdict === 'keep' &&
    generic &&
    foreignGovernmentInSentence(text, start, end, owner.ownWords, owner.packCountries ?? owner.ownWords)
  )
    return 'qualifier';
  return verdict !== 'keep' && lines.isHeadlineAt(start) ? 'keep' : verdict;
}

/** An organization's neighbor that is none of its own words ("HM" before "Treasury"): asked where a rule reads it. */
function foreignWord(word: Word, owner: NameOwner): boolean {
  return owner.isOrganization && !owner.ownWords.has(word.folded);
}

/** The rules of otherVerdict that capitalization decides (none of them applies in a headline). */
function bodyNameVerdict(
  text: string,
  start: number,
  end: number,
  owner: NameOwner,
  next: Word | undefined,
  generic: boolean,
): StructureVerdict {
  // An alias ending in an office title ("US Trade Representative") is followed by a name; a
  // company's own name before a product's ("Nvidia GeForce RTX", "TikTok Shop") is the maker.
  if (
    (continuesName(next, owner) || titledInstitutionAt(text, next) || sponsorInTeamName(text, next)) &&
    !(owner.isOrganization && next !== undefined && makersProduct(text, next, generic, owner.productWords)) &&
    !(owner.isOrganization && opensJoinedStep(text, next)) && // "Open Tiktok Open the app"
    !endsInTitle(text, start, end) &&
    !objectOfOffice(text, start)
  )
    return 'longer-name';
  if (owner.isOrganization && generic && otherGovernmentAround(text, start, end, owner.ownWords))
    return 'qualifier';
  const before =
    previousWord(text, start) ?? ampersandBefore(text, start) ?? pluralPossessiveBefore(text, start);
  if (before === undefined) return 'keep';
  // "Chamber of Commerce", "Committee on Energy and Commerce", "Trade & Commerce" (body-names.ts).
  if (longerBodyNameBefore(text, before, (w) => isNameWord(w, owner), owner.isOrganization))
    return 'longer-name';
  if (particleChainBefore(text, before, (w) => isNameWord(w, owner))) return 'longer-name';
  if (!owner.isOrganization && geographicHeadBefore(before)) return 'longer-name';
  // A generic organization word after another country or a US state, possessive or not, even
  // opening a sentence, is that government's body ("Minnesota's Commerce Department").
  const place = owner.isOrganization ? governmentBefore(text, before, owner.ownWords) : undefined;
  const government = generic && place === 'other' && foreignWord(before, owner);
  if (before.possessive) return government ? 'qualifier' : 'keep';
  if (government) return 'qualifier';
  // "the United States Department of the Treasury": its own country before the body, no longer name.
  if (place === 'own') return 'keep';
  // An acronym before an organization's name qualifies it: "HM Treasury", "NVIDIA MGX".
  if (before.shape === 'upper' && !TITLE_WORDS.has(before.folded) && foreignWord(before, owner))
    return 'qualifier';
  if (isNameWord(before, owner) && !opensSentence(text, before.start)) return 'longer-name';
  return 'keep';
}

/**
 * The structure verdict for a candidate text[start, end) naming `owner`. `generic` is true when the
 * alias is a weak organization word ("Treasury", "Ministry of Commerce"), which a country or
 * acronym before it can make another body's.
 */
export function structureVerdict(
  text: string,
  start: number,
  end: number,
  owner: NameOwner,
  lines: LineShapes,
  generic = false,
): StructureVerdict {
  // Nothing joined on either side (punctuation, line ends): no longer name can hold it.
  if (!joinsWord(text, start - 1) && !joinsWord(text, end) && end - start > MAX_FUNCTION_WORD) return 'keep';
  const functionWord = end - start <= MAX_FUNCTION_WORD;
  if (functionWord && readsAsFunctionWord(text, start, end, lines, owner.ownWords)) return 'pronoun';
  if (opensImperative(text, start, end)) return 'verb';
  // "Trump v. United States", "Smith v. Trump": a party of a case caption names the case.
  if (partyOfCaption(text, start, end)) return 'longer-name';
  if (lines.isHeadlineAt(start)) {
    // "TRUMP TOWER FIRE": the page's running text says whether the two words are one name.
    const at = runningTextOccurrence(text, start, end, lines, owner.ownWords);
    const inText =
      at === undefined ? 'keep' : structureVerdict(text, at, at + end - start, owner, lines, generic);
    if (inText !== 'keep') return inText;
  }
  return owner.isPerson
    ? personVerdict(text, start, end, owner, lines)
    : otherVerdict(text, start, end, owner, lines, generic);
}
