/**
 * The columns a recognizer snapshot (snapshot.ts) stores its object graphs in: the lexicon pack
 * and the alias entries, as typed arrays and a few long strings instead of tens of thousands of
 * small objects or their JSON. Stored this way a 10,000-entity snapshot is a few megabytes that
 * IndexedDB reads back in one copy each, and rebuilding the objects is a loop over the columns.
 *
 * Only what is not the common case goes through JSON: an entity's fields beyond id, name, type
 * and aliases when they differ from a merged lexicon's empty ones, an alias's rules beyond its
 * text, an entry's context rules (most have none).
 */
import type { Alias, Entity, Pack } from '../knowledge/schema';
import type { AliasEntry } from './aliases';
import { fromColumn, isColumn, type StringColumn, toColumn, unitsText } from './string-column';

export { fromColumn, isColumn, type StringColumn, toColumn } from './string-column';

/** The lexicon pack: entity ids, names, types and aliases in columns, everything else as JSON. */
export type PackColumns = {
  /** The pack without its entities, and `[index, fields]` of every entity with more than a lexicon's. */
  headJson: string;
  ids: StringColumn;
  names: StringColumn;
  typeNames: string[];
  types: Uint8Array;
  /** `aliasEnds[e]` ends entity e's aliases in `aliasTexts`. */
  aliasEnds: Uint32Array;
  aliasTexts: StringColumn;
  /** `[aliasIndex, rule without its text]` of every alias written as an object. */
  aliasRulesJson: string;
};

type EntityRest = Omit<Entity, 'id' | 'name' | 'type' | 'aliases'>;

/**
 * The empty lists most restored entities and entries hold, shared (frozen: nothing writes to
 * them) instead of three new arrays per object — tens of thousands of them in a large pack.
 */
const NONE = Object.freeze([]) as unknown as never[];

/** An entity's other fields as a merged lexicon has them (merge.ts): nothing to store. */
function isLexiconRest(rest: EntityRest): boolean {
  const keys = Object.keys(rest);
  return (
    keys.length === 3 &&
    rest.description === '' &&
    rest.facts?.length === 0 &&
    Array.isArray(rest.related) &&
    rest.related.length === 0
  );
}

export function packColumns(pack: Pack): PackColumns {
  const { entities, ...head } = pack;
  const typeNames = [...new Set(entities.map((e) => e.type))];
  const aliasEnds = new Uint32Array(entities.length);
  const aliasTexts: string[] = [];
  const aliasRules: [number, Omit<Exclude<Alias, string>, 'text'>][] = [];
  const rests: [number, EntityRest][] = [];
  entities.forEach((entity, e) => {
    const { id: _id, name: _name, type: _type, aliases, ...rest } = entity;
    for (const alias of aliases) {
      if (typeof alias === 'string') aliasTexts.push(alias);
      else {
        const { text, ...rule } = alias;
        aliasRules.push([aliasTexts.length, rule]);
        aliasTexts.push(text);
      }
    }
    aliasEnds[e] = aliasTexts.length;
    if (!isLexiconRest(rest)) rests.push([e, rest]);
  });
  return {
    headJson: JSON.stringify({ head, rests }),
    ids: toColumn(entities.map((e) => e.id)),
    names: toColumn(entities.map((e) => e.name)),
    typeNames,
    types: Uint8Array.from(entities, (e) => typeNames.indexOf(e.type)),
    aliasEnds,
    aliasTexts: toColumn(aliasTexts),
    aliasRulesJson: JSON.stringify(aliasRules),
  };
}

function columnsFit(c: Partial<PackColumns>): c is PackColumns {
  const count = c.types?.length;
  return (
    typeof c.headJson === 'string' &&
    typeof c.aliasRulesJson === 'string' &&
    Array.isArray(c.typeNames) &&
    c.types instanceof Uint8Array &&
    c.aliasEnds instanceof Uint32Array &&
    isColumn(c.ids) &&
    isColumn(c.names) &&
    isColumn(c.aliasTexts) &&
    c.ids.ends.length === count &&
    c.names.ends.length === count &&
    c.aliasEnds.length === count &&
    (count === 0 || c.aliasEnds[count - 1] === c.aliasTexts.ends.length)
  );
}

/** The pack `packColumns` stored, or undefined when the columns do not fit together. */
export function packFromColumns(value: unknown): Pack | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Partial<PackColumns>;
  if (!columnsFit(c)) return undefined;
  const { head, rests } = JSON.parse(c.headJson) as {
    head: Omit<Pack, 'entities'>;
    rests: [number, EntityRest][];
  };
  const aliases: Alias[] = fromColumn(c.aliasTexts);
  for (const [at, rule] of JSON.parse(c.aliasRulesJson) as [number, Omit<Exclude<Alias, string>, 'text'>][]) {
    aliases[at] = { text: aliases[at] as string, ...rule };
  }
  const ids = fromColumn(c.ids);
  const names = fromColumn(c.names);
  const entities = new Array<Entity>(ids.length);
  let from = 0;
  for (let e = 0; e < ids.length; e++) {
    const to = c.aliasEnds[e] as number;
    const type = c.typeNames[c.types[e] as number] as Entity['type'] | undefined;
    if (type === undefined || to < from) return undefined;
    entities[e] = {
      id: ids[e] as string,
      name: names[e] as string,
      type,
      description: '',
      aliases: aliases.slice(from, to),
      facts: NONE,
      related: NONE,
    };
    from = to;
  }
  for (const [e, rest] of rests) {
    const entity = entities[e];
    if (entity === undefined) return undefined;
    Object.assign(entity, rest);
  }
  return { ...head, entities } as Pack;
}

/** The alias entries of every pattern, in pattern order, without their `forms` (stored apart). */
export type EntryColumns = {
  /** `patternEnds[p]` ends pattern p's entries. */
  patternEnds: Uint32Array;
  entity: Int32Array;
  /** FLAG_* bits. */
  flags: Uint8Array;
  /** `[entry, notFollowedBy, notPrecededBy, notInSentenceWith]` of every entry with a context rule. */
  rulesJson: string;
};

const FLAG = {
  afterFullName: 1,
  weak: 2,
  anyCase: 4,
  nameWord: 8,
  generic: 16,
  acronym: 32,
  explicit: 64,
  upper: 128,
} as const;

type Rules = [number, string[], string[], string[]];

export function entryColumns(entriesByPattern: readonly AliasEntry[][]): EntryColumns {
  const entries = entriesByPattern.flat();
  const patternEnds = new Uint32Array(entriesByPattern.length);
  let total = 0;
  entriesByPattern.forEach((list, p) => {
    total += list.length;
    patternEnds[p] = total;
  });
  const rules: Rules[] = [];
  const flags = Uint8Array.from(entries, (entry, k) => {
    const { notFollowedBy, notPrecededBy, notInSentenceWith } = entry;
    if (notFollowedBy.length + notPrecededBy.length + notInSentenceWith.length > 0)
      rules.push([k, notFollowedBy, notPrecededBy, notInSentenceWith]);
    let bits = entry.upper === undefined ? 0 : FLAG.upper;
    for (const name of [
      'afterFullName',
      'weak',
      'anyCase',
      'nameWord',
      'generic',
      'acronym',
      'explicit',
    ] as const)
      if (entry[name]) bits |= FLAG[name];
    return bits;
  });
  return {
    patternEnds,
    entity: Int32Array.from(entries, (entry) => entry.entity),
    flags,
    rulesJson: JSON.stringify(rules),
  };
}

/**
 * The entries `entryColumns` stored, grouped by pattern, their `forms` all `formUnits` from their
 * `formAt` (`formEnds[k]` ends entry k's); undefined when the columns do not fit together.
 */
export function entriesFromColumns(
  value: unknown,
  patternCount: number,
  entityCount: number,
  formUnits: Uint16Array,
  formEnds: Uint32Array,
): AliasEntry[][] | undefined {
  const c = value as Partial<EntryColumns> | undefined;
  if (
    !(
      c?.patternEnds instanceof Uint32Array &&
      c.entity instanceof Int32Array &&
      c.flags instanceof Uint8Array
    ) ||
    typeof c.rulesJson !== 'string'
  )
    return undefined;
  const count = c.entity.length;
  if (c.patternEnds.length !== patternCount || c.flags.length !== count || formEnds.length !== count)
    return undefined;
  if ((count > 0 ? formEnds[count - 1] : 0) !== formUnits.length) return undefined;
  const text = unitsText(formUnits);
  const entries = new Array<AliasEntry>(count);
  let start = 0;
  for (let k = 0; k < count; k++) {
    const end = formEnds[k] as number;
    const bits = c.flags[k] as number;
    const entity = c.entity[k] as number;
    const length = bits & FLAG.upper ? (end - start) / 2 : end - start;
    if (!(entity >= 0 && entity < entityCount) || !Number.isInteger(length) || length <= 0) return undefined;
    entries[k] = {
      entity,
      asWritten: text.slice(start, start + length),
      upper: bits & FLAG.upper ? text.slice(start + length, end) : undefined,
      forms: formUnits,
      formAt: start,
      afterFullName: (bits & FLAG.afterFullName) !== 0,
      notFollowedBy: NONE,
      notPrecededBy: NONE,
      notInSentenceWith: NONE,
      weak: (bits & FLAG.weak) !== 0,
      anyCase: (bits & FLAG.anyCase) !== 0,
      nameWord: (bits & FLAG.nameWord) !== 0,
      generic: (bits & FLAG.generic) !== 0,
      acronym: (bits & FLAG.acronym) !== 0,
      explicit: (bits & FLAG.explicit) !== 0,
    };
    start = end;
  }
  for (const [k, notFollowedBy, notPrecededBy, notInSentenceWith] of JSON.parse(c.rulesJson) as Rules[]) {
    const entry = entries[k];
    if (entry === undefined) return undefined;
    Object.assign(entry, { notFollowedBy, notPrecededBy, notInSentenceWith });
  }
  const byPattern = new Array<AliasEntry[]>(patternCount);
  let from = 0;
  for (let p = 0; p < patternCount; p++) {
    const to = c.patternEnds[p] as number;
    if (to <= from || to > count) return undefined;
    byPattern[p] = entries.slice(from, to);
    from = to;
  }
  return from === count ? byPattern : undefined;
}
