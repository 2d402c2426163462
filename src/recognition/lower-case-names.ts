/**
 * A company's coined one-word name written in lower case inside mixed-case text ("nvidia CEO
 * Jensen Huang", "bytedance's app", "tiktok videos"): the pack marks the name strong (no other
 * sense: "Nvidia", "Bytedance") or gives it a distinctive shape ("TikTok", "ByteDance"), so its
 * lower-case spelling has no other sense either. It is read as a weak alias of the organization,
 * which counts only with page evidence (evidence.ts): a name written so may be a handle, a file or
 * a careless line more often than the name the writer meant. Ordinary words a pack leaves weak
 * ("Oracle", "Treasury", "Commerce") and acronyms ("USTR": "ustr" is no way to write it) get no
 * such form; neither does a person's name, nor a name inside an address, a handle, a tag or a
 * compound ("nvidia.com", "@tiktok", "#bytedance", "nvidia-smi": `standsAlone`). Facts about
 * English, not about any entity.
 */
import { aliasRule, type Entity } from '../knowledge/schema';
import * as chars from './chars';

/** The fields of a compiled alias entry (aliases.ts `AliasEntry`, which imports this module) read here. */
type NameEntry = {
  entity: number;
  asWritten: string;
  upper: string | undefined;
  forms: Uint16Array;
  formAt?: number;
  weak: boolean;
  anyCase: boolean;
  nameWord: boolean;
  acronym?: boolean;
};

// Module-local copies: an imported binding may compile to a getter call (CommonJS interop).
const { isAnySpace, isWordAt, normalizedCharAt } = chars;

/** The one-word aliases of an entity not written in capitals, lower case ("nvidia" for "Nvidia"). */
export function mixedCaseNamesOf(entity: Entity): Set<string> {
  const names = new Set<string>();
  for (const alias of entity.aliases) {
    const text = aliasRule(alias).text.trim();
    if (!/\s/.test(text) && text !== text.toUpperCase()) names.add(text.toLowerCase());
  }
  return names;
}

const HAS_UPPER = /\p{Lu}/u;

/**
 * Whether `entry` is the written form of a coined organization name that gets a lower-case form:
 * strong, one word, no acronym, with a capital that lower case changes.
 */
function coinedName(entry: NameEntry, entities: readonly Entity[]): boolean {
  const { asWritten } = entry;
  return (
    entities[entry.entity]?.type === 'organization' &&
    !entry.weak &&
    !entry.acronym &&
    !asWritten.includes(' ') &&
    HAS_UPPER.test(asWritten) &&
    asWritten !== asWritten.toUpperCase()
  );
}

/**
 * Adds to each pattern the lower-case form of its coined organization names (`coinedName`), once
 * per entity ("TikTok" and "Tiktok" share "tiktok"): weak, in that letter case only, and otherwise
 * as the written alias (no generic word).
 */
export function addLowerCaseNames<E extends NameEntry>(
  entriesByPattern: E[][],
  entities: readonly Entity[],
): void {
  for (const entries of entriesByPattern) {
    const added = new Set<number>();
    for (const entry of [...entries]) {
      if (!coinedName(entry, entities) || added.has(entry.entity)) continue;
      added.add(entry.entity);
      const lower = entry.asWritten.toLowerCase();
      const forms = Uint16Array.from(lower, (unit) => unit.charCodeAt(0));
      entries.push({
        ...entry,
        asWritten: lower,
        upper: undefined,
        forms,
        formAt: undefined,
        weak: true,
      } as E);
    }
  }
}

const LOWER_CASE_WORD = /^[^\s\p{Lu}]*\p{Ll}[^\s\p{Lu}]*$/u;

/**
 * Whether a compiled entry is such a lower-case form: a weak one-word alias of no person, in no
 * other letter case, written with no capital.
 */
export function isLowerCaseName(entry: NameEntry): boolean {
  return (
    entry.weak &&
    !entry.nameWord &&
    !entry.anyCase &&
    entry.upper === undefined &&
    LOWER_CASE_WORD.test(entry.asWritten)
  );
}

/** Units (after normalization: every dash is "-") that join a word to an address, a handle or a tag. */
const LEADING_JOINERS = new Set(['.', '/', '@', '#', '_', '-', '\\', ':', '=', '&', '?', '+', '~']);
/** Units that continue an address, a file name or a compound when a word unit follows them. */
const TRAILING_JOINERS = new Set(['.', '/', '@', '_', '-', '\\', ':', '=', '&', '?', '+', '~']);

/**
 * Whether text[start, end) stands as a word of running text: no joiner right before it, none right
 * after it with a word unit after that ("nvidia.com", "tiktok/@user", "nvidia-smi", "#tiktok"; a
 * sentence's period, "… with nvidia. The", still ends it).
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  if (start > 0 && LEADING_JOINERS.has(normalizedCharAt(text, start - 1))) return false;
  if (end < text.length && TRAILING_JOINERS.has(normalizedCharAt(text, end))) {
    const after = end + 1;
    if (after < text.length && !isAnySpace(text.charCodeAt(after)) && isWordAt(text, after)) return false;
  }
  return true;
}
