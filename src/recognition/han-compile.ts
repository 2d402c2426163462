/**
 * Compiles a pack's Han-script aliases for han.ts: one entry per alias with its rules and
 * strength, the given names and Latin glosses of each entity (han-names.ts), and the
 * country-qualified aliases a list can distribute (han-sweep.ts).
 */
import type { AliasRule, Entity, EntityType, Pack } from '../knowledge/schema';
import { aliasRule } from '../knowledge/schema';
import { SPACELESS_CHAR } from './chars';
import { countryOfAlias, countryPrefixOf, sideForm } from './han-countries';
import { RUN_CLASS, type Runs, runsOf } from './han-finders';
import { DOT, foldGloss, givenNamesOf, undottedGivenNames } from './han-names';
import type { Distributions, HanEntry } from './han-sweep';

export const SPACELESS_ANYWHERE = new RegExp(SPACELESS_CHAR.source, 'u');
/** Middle-dot variants in transliterated names: · ・ ‧ • ∙ ･ (each one UTF-16 unit). */
const DOT_VARIANTS = /[\u00B7\u30FB\u2027\u2022\u2219\uFF65]/g;
/** A letter or digit of a script written with spaces (so it keeps word boundaries). */
const SPACED_WORD = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]$/u;
const SHORT_ALIAS_LENGTH = 2;
const MINISTRY = '部';

/** True when an alias is written (partly) in a script without spaces; han.ts matches it. */
export function isSpacelessAlias(text: string): boolean {
  return SPACELESS_ANYWHERE.test(text);
}

const ANY_DOT_VARIANT = /[\u30FB\u2027\u2022\u2219\uFF65]/;
/**
 * A full stop between two Han characters is a name dot: Taiwanese and Hong Kong outlets write
 * 瑪麗.川普 and 瑪麗．川普 for 瑪麗·川普. (Chinese ends a sentence with 。, and a Latin
 * abbreviation or a number has no Han character on both sides.)
 */
const STOP_AS_DOT = /(?<=\p{Script=Han})[.\uFF0E\uFE52](?=\p{Script=Han})/gu;
const ANY_STOP = /[.\uFF0E\uFE52]/;
/** A unit that may belong to a Han character: every Script=Han code point and surrogate lies here. */
const MAYBE_HAN = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\ud800-\\udfff]';
/**
 * One native pass (no `u` flag, no look-behind) over what foldDots changes: a dot variant, or a
 * stop before a unit that may be Han; the unit before the stop is read in JavaScript. (A stop
 * between two such units as one pattern cost the scan about twice as much: every unit of the
 * text tried the Han branch.) Text without either (English) is returned as it is.
 */
const MAY_FOLD = new RegExp(`[\\u30FB\\u2027\\u2022\\u2219\\uFF65]|[.\\uFF0E\\uFE52](?=${MAYBE_HAN})`, 'g');
const isDotVariant = (unit: number) =>
  unit === 0x30fb || unit === 0x2027 || unit === 0x2022 || unit === 0x2219 || unit === 0xff65;
const isStop = (unit: number) => unit === 0x2e || unit === 0xff0e || unit === 0xfe52;
const mayBeHan = (unit: number) =>
  (unit >= 0x2e80 && unit <= 0x9fff) ||
  (unit >= 0xf900 && unit <= 0xfaff) ||
  (unit >= 0xd800 && unit <= 0xdfff);

/** Whether foldDots changes the unit at `at`: a dot variant, or a stop after a unit that may be Han. */
const foldsAt = (text: string, at: number): boolean => {
  const unit = text.charCodeAt(at);
  return isDotVariant(unit) || (isStop(unit) && mayBeHan(text.charCodeAt(at - 1)));
};

function mayFold(text: string): boolean {
  MAY_FOLD.lastIndex = 0;
  while (MAY_FOLD.test(text)) if (foldsAt(text, MAY_FOLD.lastIndex - 1)) return true;
  return false;
}

/**
 * foldDots' pre-scan and the runs (han-finders.ts) in one native pass: a dot variant, a stop before
 * a unit that may be Han, or a run. Only when something may fold are the folded text's runs read
 * again.
 */
const MAY_FOLD_OR_RUN = new RegExp(`${MAY_FOLD.source}|[${RUN_CLASS}]+`, 'g');

/** foldDots(text) and runsOf of it. */
export function foldedWithRuns(text: string): { folded: string; runs: Runs } {
  const runs: number[] = [];
  MAY_FOLD_OR_RUN.lastIndex = 0;
  for (let match = MAY_FOLD_OR_RUN.exec(text); match !== null; match = MAY_FOLD_OR_RUN.exec(text)) {
    const at = match.index;
    if (foldsAt(text, at)) {
      const folded = foldFound(text);
      return { folded, runs: runsOf(folded) };
    }
    if (!isStop(text.charCodeAt(at))) runs.push(at, MAY_FOLD_OR_RUN.lastIndex);
  }
  return { folded: text, runs };
}

/** The text with every middle-dot variant, and a full stop inside a Han name, written ·; positions are kept. */
export function foldDots(text: string): string {
  return mayFold(text) ? foldFound(text) : text;
}

/** foldDots' replacements, once its pre-scan (or foldedWithRuns') has found something to fold. */
function foldFound(text: string): string {
  const dotted = ANY_DOT_VARIANT.test(text) ? text.replace(DOT_VARIANTS, DOT) : text;
  return ANY_STOP.test(dotted) ? dotted.replace(STOP_AS_DOT, DOT) : dotted;
}

/**
 * Strength of a Han alias unless the pack says otherwise: places, afterFullName aliases,
 * two-character names and a person's bare surname are weak; full names and organization names
 * are strong (the pack marks the ones that are also ordinary words, such as 甲骨文).
 */
function hanAliasWeak(rule: AliasRule, type: EntityType, text: string, surname: boolean): boolean {
  if (rule.strength !== undefined) return rule.strength === 'weak';
  return type === 'place' || rule.afterFullName === true || text.length <= SHORT_ALIAS_LENGTH || surname;
}

/** The entity's names in its Chinese translations (斯科特·贝森特, JD·万斯), dots folded. */
function translatedNames(entity: Entity): string[] {
  return Object.values(entity.translations ?? {})
    .map((t) => foldDots(t.name?.trim() ?? ''))
    .filter((name) => isSpacelessAlias(name));
}

/**
 * The Han aliases that are a person's bare surname. A transliterated foreign name is written
 * "given · surname" (唐纳德·特朗普); when any of the entity's Chinese names is written so, each
 * of its aliases without a dot is a surname — the last part of a dotted name (特朗普), or a variant
 * transliteration of it (艾里森 beside 拉里·埃里森, 葛里爾 beside 贾米森·格里尔) — unless it is a full
 * name written without its dot: a given name before one of the entity's surnames (唐納川普).
 * A name written in Chinese order (何立峰, 黄仁勋) has no dotted form and no surname alias.
 */
export function surnamesOf(hanAliases: readonly string[], translated: readonly string[]): Set<string> {
  const dotted = [...hanAliases, ...translated].filter((t) => t.includes(DOT));
  if (dotted.length === 0) return new Set();
  const lastParts = new Set(dotted.map((t) => t.slice(t.lastIndexOf(DOT) + 1)));
  const bare = hanAliases.filter((t) => !t.includes(DOT));
  const known = new Set([...lastParts, ...bare]);
  const fullWithoutDot = (alias: string) =>
    [...known].some((surname) => surname.length < alias.length && alias.endsWith(surname));
  return new Set(bare.filter((alias) => lastParts.has(alias) || !fullWithoutDot(alias)));
}

export type Compiled = {
  byPattern: Map<string, HanEntry[]>;
  givenNames: string[][];
  glosses: Set<string>[];
  distributions: Distributions;
};

export function compileEntries(pack: Pack): Compiled {
  const byPattern = new Map<string, HanEntry[]>();
  const givenNames: string[][] = [];
  const glosses: Set<string>[] = [];
  const distributions = new Map<string, { rest: string; entity: number }[]>();
  pack.entities.forEach((entity, index) => {
    const texts = entity.aliases.map((a) => foldDots(aliasRule(a).text.trim()));
    const han = texts.filter((t) => isSpacelessAlias(t));
    const translated = translatedNames(entity);
    const surnames = surnamesOf(han, translated);
    givenNames.push([
      ...new Set([...givenNamesOf([...han, ...translated]), ...undottedGivenNames(han, surnames)]),
    ]);
    glosses.push(new Set(texts.filter((t) => !isSpacelessAlias(t)).map(foldGloss)));
    for (const alias of entity.aliases) {
      const rule = aliasRule(alias);
      const text = foldDots(rule.text.trim());
      if (!isSpacelessAlias(text) || text.length < SHORT_ALIAS_LENGTH) continue;
      const entry = compileEntry(rule, text, index, entity, han, surnames.has(text));
      for (const form of formsOf(text, entry, entity.type)) {
        const list = byPattern.get(form) ?? [];
        list.push(entry);
        byPattern.set(form, list);
      }
      const prefix = entity.type === 'organization' ? countryPrefixOf(text) : undefined;
      if (prefix !== undefined) {
        const list = distributions.get(prefix) ?? [];
        list.push({ rest: text.slice(prefix.length), entity: index });
        distributions.set(prefix, list);
      }
    }
  });
  for (const list of distributions.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  addOtherCountryReadings(byPattern, distributions);
  return { byPattern, givenNames, glosses, distributions };
}

/**
 * A bare ministry name is also read as the other pack country's body whose country-qualified
 * alias ends with it (商务部 of China's ministry, beside the US department's 美国商务部), on a text
 * about that country alone (han-sweep.ts).
 */
function addOtherCountryReadings(byPattern: Map<string, HanEntry[]>, distributions: Distributions): void {
  for (const [pattern, entries] of byPattern) {
    const bare = entries.filter((entry) => entry.ministry && !entry.qualified && entry.country >= 0);
    for (const entry of bare) {
      for (const [prefix, rests] of distributions) {
        const country = countryOfAlias(prefix + pattern);
        if (country < 0 || country === entry.country) continue;
        for (const { rest, entity } of rests) {
          if (rest !== pattern || entries.some((e) => e.entity === entity && e.soleCountry)) continue;
          const reading = {
            ...entry,
            entity,
            country,
            soleCountry: true,
            afterFullName: false,
            ambiguous: false,
          };
          entries.push({ ...reading, weak: false });
        }
      }
    }
  }
}

/** The text forms an alias is matched in: without its dot (唐纳德特朗普), with its country's side word (美方商务部). */
function formsOf(text: string, entry: HanEntry, type: EntityType): string[] {
  if (entry.dotted) return [text, text.split(DOT).join('')];
  const side = type === 'organization' ? sideForm(text) : undefined;
  return side === undefined ? [text] : [text, side];
}

function compileEntry(
  rule: AliasRule,
  text: string,
  index: number,
  entity: Entity,
  hanAliases: readonly string[],
  surname: boolean,
): HanEntry {
  const ministry = entity.type === 'organization' && text.endsWith(MINISTRY);
  const qualified = ministry && countryOfAlias(text) >= 0;
  const qualifiedForm = hanAliases.find((a) => a !== text && a.endsWith(text) && countryOfAlias(a) >= 0);
  return {
    entity: index,
    afterFullName: rule.afterFullName === true,
    ambiguous: rule.ambiguous === true,
    notFollowedBy: (rule.notFollowedBy ?? []).map(foldDots),
    notPrecededBy: (rule.notPrecededBy ?? []).map(foldDots),
    notInSentenceWith: (rule.notInSentenceWith ?? []).map(foldDots),
    dotted: text.includes(DOT),
    short: text.length === SHORT_ALIAS_LENGTH,
    latinStart: SPACED_WORD.test(text[0] ?? ''),
    latinEnd: SPACED_WORD.test(text.at(-1) ?? ''),
    person: entity.type === 'person',
    surname: entity.type === 'person' && surname,
    ministry,
    qualified,
    country: ministry && !qualified && qualifiedForm !== undefined ? countryOfAlias(qualifiedForm) : -1,
    soleCountry: false,
    weak: hanAliasWeak(rule, entity.type, text, entity.type === 'person' && surname),
  };
}
