/**
 * Aliases compiled for matching: every alias of every entity, folded (chars.ts) and grouped by its
 * folded text, with its letter-case forms and context rules; and the raw code units each pattern
 * may start with, so the matcher skips words that cannot match.
 */
import type { Entity, Pack } from '../knowledge/schema';
import { aliasCase, aliasRule, aliasStrength } from '../knowledge/schema';
import { abbreviatedForms } from './abbreviations';
import { caseCaptionForms, fullNamesByWord } from './case-captions';
import { APOSTROPHE_CLASS, charTables, foldPhrase, normalizePhrase } from './chars';
import { splitCompoundForms } from './compound-names';
import { isSpacelessAlias } from './han';
import { quotedNicknameForms } from './law-nicknames';
import { addLowerCaseNames, mixedCaseNamesOf } from './lower-case-names';
import { givenNameFirstForms, oneWordAliasTexts, withGivenNameAlone } from './name-order';
import { CORPORATE_SUFFIXES } from './name-words';
import { isPlaceName } from './places';

export type AliasEntry = {
  entity: number;
  /** Alias as written, normalized (spaces collapsed, apostrophes unified). */
  asWritten: string;
  /** ALL CAPS form when the case rule allows it (and upper-casing keeps the length), else undefined. */
  upper: string | undefined;
  /** The code units of `asWritten`, then those of `upper` when set (for letter-case.ts), from `formAt`. */
  forms: Uint16Array;
  /** Where the entry's units start in `forms` (0 when absent; restored entries share one array). */
  formAt?: number;
  afterFullName: boolean;
  notFollowedBy: string[];
  notPrecededBy: string[];
  notInSentenceWith: string[];
  /** Counts only with page evidence of the story (evidence.ts). */
  weak: boolean;
  /** A multi-word alias under the default case rule: any letter case, acronym words in capitals. */
  anyCase: boolean;
  /** A one-word alias of a person (a surname or given name alone): subject to coreference. */
  nameWord: boolean;
  /**
   * An organization alias made of a generic organization word ("Treasury", "Commerce Department",
   * "Ministry of Commerce"): other bodies share it, so another country, a longer name or another
   * body's name earlier on the page (other-bodies.ts) can make it theirs, and it may be written
   * in lower case.
   */
  generic?: boolean;
  /** A one-word organization alias in capitals ("MGX", "SAMR"): a product line may share it. */
  acronym?: boolean;
  /**
   * A multi-word organization alias that names the body unmistakably: with its country ("US
   * Treasury", "China's Ministry of Commerce"), its legal form ("Oracle Corporation") or a
   * distinctive word of its own ("Office of the United States Trade Representative"). It claims
   * the later bare generic mentions of its entity (other-bodies.ts).
   */
  explicit?: boolean;
};

export type CompiledPack = {
  entities: readonly Entity[];
  patterns: readonly string[];
  entriesByPattern: readonly AliasEntry[][];
};

/**
 * What the recognizer reads of the alias entries: a compiled pack's (`entryTable`), or a
 * snapshot's, decoded per pattern when first asked for (snapshot-entries.ts).
 */
export type EntryTable = {
  patternCount: number;
  entriesOf(pattern: number): AliasEntry[];
  /** The as-written texts of entity `entity`'s one-word person aliases. */
  oneWordPersonAliasesOf(entity: number): readonly string[];
};

export function entryTable(compiled: CompiledPack): EntryTable {
  const { entriesByPattern } = compiled;
  let oneWord: string[][] | undefined;
  return {
    patternCount: entriesByPattern.length,
    entriesOf: (pattern) => entriesByPattern[pattern] as AliasEntry[],
    oneWordPersonAliasesOf: (entity) => {
      oneWord ??= oneWordPersonAliases(compiled);
      return oneWord[entity] ?? [];
    },
  };
}

/** The UTF-16 code units of `text` (not code points: offsets stay those of the text). */
function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  return units;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}]{1,5}$/u;
const POSSESSIVE_END = new RegExp(`[${APOSTROPHE_CLASS}]s$`);

/** The lower-case words of an alias text, a possessive "'s" removed ("China's" → "china"). */
export function aliasWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(POSSESSIVE_END, ''));
}

type OrganizationFacts = { generic: boolean; acronym: boolean; explicit: boolean };
const NOT_ORGANIZATION: OrganizationFacts = { generic: false, acronym: false, explicit: false };

/**
 * Generic, acronym and explicit (see AliasEntry) for one alias of an organization, given the
 * entity's generic one-word aliases (weak and ordinary capitalized words: "treasury", "commerce").
 */
function organizationFacts(
  text: string,
  weak: boolean,
  genericWords: ReadonlySet<string>,
  mixedCaseNames: ReadonlySet<string>,
): OrganizationFacts {
  const words = aliasWords(text);
  if (words.length === 1) {
    // "NVIDIA" beside "Nvidia" is the name in capitals, not an acronym.
    const acronym = ACRONYM.test(text) && !mixedCaseNames.has(text.toLowerCase());
    return { generic: weak && !ACRONYM.test(text), acronym, explicit: false };
  }
  const qualified = words.some((w) => isPlaceName(w) || CORPORATE_SUFFIXES.has(w));
  const generic = !qualified && (weak || words.some((w) => genericWords.has(w)));
  return { generic, acronym: false, explicit: !generic };
}

/** The weak one-word aliases of an organization that are ordinary capitalized words, lower case. */
function genericWordsOf(entity: Entity): Set<string> {
  const words = new Set<string>();
  if (entity.type !== 'organization') return words;
  for (const alias of entity.aliases) {
    const rule = aliasRule(alias);
    const text = rule.text.trim();
    if (/\s/.test(text) || ACRONYM.test(text) || isSpacelessAlias(text)) continue;
    if (aliasStrength(rule, entity.type) === 'weak') words.add(text.toLowerCase());
  }
  return words;
}

/** The compiled entry of one written form `text` of alias `rule` of `entity`, or undefined when it folds to nothing. */
function aliasEntry(
  entity: Entity,
  entityIndex: number,
  rule: ReturnType<typeof aliasRule>,
  text: string,
  genericWords: ReadonlySet<string>,
  mixedCaseNames: ReadonlySet<string>,
): AliasEntry | undefined {
  if (foldPhrase(text).length === 0) return undefined;
  const asWritten = normalizePhrase(text);
  const upperForm = asWritten.toUpperCase();
  const multiWord = asWritten.includes(' ');
  const anyCase = multiWord && rule.case === undefined;
  const weak = aliasStrength(rule, entity.type) === 'weak';
  // A strong surname in capitals ("TRUMP, XI AGREE …") is a candidate; it counts only beside the
  // same person named as written (capitals.ts).
  const capsName = entity.type === 'person' && !multiWord && !weak && rule.case === undefined;
  const upper =
    (aliasCase(rule, entity.type) === 'exact-or-upper' || anyCase || capsName) &&
    upperForm.length === asWritten.length
      ? upperForm
      : undefined;
  const organization =
    entity.type === 'organization'
      ? organizationFacts(text, weak, genericWords, mixedCaseNames)
      : NOT_ORGANIZATION;
  return {
    entity: entityIndex,
    asWritten,
    upper,
    forms: codeUnits(asWritten + (upper ?? '')),
    afterFullName: rule.afterFullName === true,
    notFollowedBy: (rule.notFollowedBy ?? []).map(foldPhrase),
    notPrecededBy: (rule.notPrecededBy ?? []).map(foldPhrase),
    notInSentenceWith: (rule.notInSentenceWith ?? []).map(foldPhrase),
    weak,
    anyCase,
    nameWord: entity.type === 'person' && !multiWord,
    ...organization,
  };
}

/** Groups every alias of every entity by its folded text. Exposed for tests and the bench. */
export function compileAliases(pack: Pack): CompiledPack {
  const patternIds = new Map<string, number>();
  const patterns: string[] = [];
  const entriesByPattern: AliasEntry[][] = [];
  const fullNames = fullNamesByWord(
    pack.entities
      .filter((e) => e.type === 'person')
      .map((e) => e.aliases.map((a) => aliasRule(a).text).filter((t) => !isSpacelessAlias(t))),
  );
  const noFullNames: string[] = [];
  pack.entities.forEach((entity, entityIndex) => {
    const genericWords = genericWordsOf(entity);
    const mixedCaseNames = mixedCaseNamesOf(entity);
    const surnames =
      entity.type === 'person'
        ? oneWordAliasTexts(entity.aliases.map((a) => aliasRule(a).text))
        : new Set<string>();
    for (const alias of entity.aliases) {
      const rule = aliasRule(alias);
      // Chinese and other space-less aliases are matched by han.ts, by character sequence.
      if (isSpacelessAlias(rule.text)) continue;
      const forms = [
        rule.text,
        ...abbreviatedForms(rule.text),
        ...givenNameFirstForms(rule.text, surnames),
        ...(entity.type === 'event'
          ? caseCaptionForms(rule.text, (word) => fullNames.get(word) ?? noFullNames)
          : []),
        ...(entity.type === 'law' ? quotedNicknameForms(rule.text) : []),
      ];
      const pairs = [...withGivenNameAlone(forms, rule, surnames), ...splitCompoundForms(rule, entity.type)];
      for (const [text, formRule] of pairs) {
        const entry = aliasEntry(entity, entityIndex, formRule, text, genericWords, mixedCaseNames);
        if (entry === undefined) continue;
        const folded = foldPhrase(text);
        let id = patternIds.get(folded);
        if (id === undefined) {
          id = patterns.length;
          patternIds.set(folded, id);
          patterns.push(folded);
          entriesByPattern.push([]);
        }
        (entriesByPattern[id] as AliasEntry[]).push(entry);
      }
    }
  });
  addLowerCaseNames(entriesByPattern, pack.entities);
  return { entities: pack.entities, patterns, entriesByPattern };
}

/**
 * The raw first code units each pattern's case rules allow (as written, and ALL CAPS when
 * allowed, after the same normalization as the text), so the trie skips words that cannot match.
 */
export function startUnitsOf(entriesByPattern: readonly AliasEntry[][], mixedCaseOnly = false): number[][] {
  const variants = normalizationVariants();
  return entriesByPattern.map((entries) => {
    const units = new Set<number>();
    for (const entry of entries) {
      units.add(entry.asWritten.charCodeAt(0));
      if (entry.upper !== undefined) units.add(entry.upper.charCodeAt(0));
      // Any letter case: the lower-case first letter too ("donald trump", "the commerce
      // department"); letter-case.ts then takes it only for a generic organization name or in a
      // block written all in lower case (lower-case-blocks.ts). `mixedCaseOnly`: the units for
      // text outside such blocks.
      if (entry.anyCase && (!mixedCaseOnly || lowerStartAnywhere(entry))) {
        units.add(entry.asWritten.toLowerCase().charCodeAt(0));
      }
    }
    // Text units that normalize to an allowed unit (e.g. ’ for ') may start a match too.
    for (const unit of [...units]) for (const raw of variants.get(unit) ?? []) units.add(raw);
    return [...units];
  });
}

/**
 * Whether letter-case.ts (firstLetterAllowed) takes an any-case entry starting with its lower-case
 * first letter outside a lower-case block: for a generic organization name, or when that letter
 * has no other case or the written one is not a capital.
 */
function lowerStartAnywhere(entry: AliasEntry): boolean {
  const written = entry.asWritten[0] as string;
  const lower = String.fromCharCode(entry.asWritten.toLowerCase().charCodeAt(0));
  return entry.generic === true || lower === lower.toUpperCase() || written !== written.toUpperCase();
}

/** normalized unit → the other raw units that normalize to it (spaces, apostrophes, hyphens). */
function normalizationVariants(): Map<number, number[]> {
  const { normalize } = charTables();
  const variants = new Map<number, number[]>();
  for (let raw = 0; raw < 0x10000; raw++) {
    const n = normalize[raw] as number;
    if (n === raw) continue;
    const list = variants.get(n);
    if (list) list.push(raw);
    else variants.set(n, [raw]);
  }
  return variants;
}

/** The one-word person aliases of each entity (surnames, given names), for name structure. */
export function oneWordPersonAliases(compiled: CompiledPack): string[][] {
  const byEntity: string[][] = compiled.entities.map(() => []);
  for (const entries of compiled.entriesByPattern) {
    for (const entry of entries) if (entry.nameWord) byEntity[entry.entity]?.push(entry.asWritten);
  }
  return byEntity;
}
