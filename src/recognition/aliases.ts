/**
 * Aliases compiled for matching: every alias of every entity, folded (chars.ts) and grouped by its
 * folded text, with its letter-case forms and context rules; and the raw code units each pattern
 * may start with, so the matcher skips words that cannot match.
 */
import type { Entity, Pack } from '../knowledge/schema';
import { aliasCase, aliasRule, aliasStrength } from '../knowledge/schema';
import { charTables, foldPhrase, normalizePhrase } from './chars';
import { isSpacelessAlias } from './han';

export type AliasEntry = {
  entity: number;
  /** Alias as written, normalized (spaces collapsed, apostrophes unified). */
  asWritten: string;
  /** ALL CAPS form when the case rule allows it (and upper-casing keeps the length), else undefined. */
  upper: string | undefined;
  /** The code units of `asWritten`, then those of `upper` when set (for letter-case.ts). */
  forms: Uint16Array;
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
};

export type CompiledPack = {
  entities: readonly Entity[];
  patterns: readonly string[];
  entriesByPattern: readonly AliasEntry[][];
};

/** The UTF-16 code units of `text` (not code points: offsets stay those of the text). */
function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  return units;
}

/** Groups every alias of every entity by its folded text. Exposed for tests and the bench. */
export function compileAliases(pack: Pack): CompiledPack {
  const patternIds = new Map<string, number>();
  const patterns: string[] = [];
  const entriesByPattern: AliasEntry[][] = [];
  pack.entities.forEach((entity, entityIndex) => {
    for (const alias of entity.aliases) {
      const rule = aliasRule(alias);
      // Chinese and other space-less aliases are matched by han.ts, by character sequence.
      if (isSpacelessAlias(rule.text)) continue;
      const folded = foldPhrase(rule.text);
      if (folded.length === 0) continue;
      const asWritten = normalizePhrase(rule.text);
      const upperForm = asWritten.toUpperCase();
      const multiWord = asWritten.includes(' ');
      const anyCase = multiWord && rule.case === undefined;
      const upper =
        (aliasCase(rule, entity.type) === 'exact-or-upper' || anyCase) &&
        upperForm.length === asWritten.length
          ? upperForm
          : undefined;
      let id = patternIds.get(folded);
      if (id === undefined) {
        id = patterns.length;
        patternIds.set(folded, id);
        patterns.push(folded);
        entriesByPattern.push([]);
      }
      (entriesByPattern[id] as AliasEntry[]).push({
        entity: entityIndex,
        asWritten,
        upper,
        forms: codeUnits(asWritten + (upper ?? '')),
        afterFullName: rule.afterFullName === true,
        notFollowedBy: (rule.notFollowedBy ?? []).map(foldPhrase),
        notPrecededBy: (rule.notPrecededBy ?? []).map(foldPhrase),
        notInSentenceWith: (rule.notInSentenceWith ?? []).map(foldPhrase),
        weak: aliasStrength(rule, entity.type) === 'weak',
        anyCase,
        nameWord: entity.type === 'person' && !multiWord,
      });
    }
  });
  return { entities: pack.entities, patterns, entriesByPattern };
}

/**
 * The raw first code units each pattern's case rules allow (as written, and ALL CAPS when
 * allowed, after the same normalization as the text), so the trie skips words that cannot match.
 */
export function startUnitsOf(entriesByPattern: readonly AliasEntry[][]): number[][] {
  const variants = normalizationVariants();
  return entriesByPattern.map((entries) => {
    const units = new Set<number>();
    for (const entry of entries) {
      units.add(entry.asWritten.charCodeAt(0));
      if (entry.upper !== undefined) units.add(entry.upper.charCodeAt(0));
      // Any letter case: the lower-case first letter too ("donald trump").
      if (entry.anyCase) units.add(entry.asWritten.toLowerCase().charCodeAt(0));
    }
    // Text units that normalize to an allowed unit (e.g. ’ for ') may start a match too.
    for (const unit of [...units]) for (const raw of variants.get(unit) ?? []) units.add(raw);
    return [...units];
  });
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
