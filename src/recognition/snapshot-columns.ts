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
import { isRecord } from './snapshot-units';
import { isColumn, type StringColumn, toColumn } from './string-column';

export { fromColumn, isColumn, type StringColumn, toColumn } from './string-column';

/**
 * The lexicon pack's entity ids and names in entity order. A snapshot does not store them: the
 * entity index cached beside it (src/packs/entity-index.ts), which a woken background has read
 * already, holds them, and the restore takes them from there.
 */
export type EntityNames = { ids: StringColumn; names: StringColumn };

export function entityNamesOf(pack: Pack): EntityNames {
  return { ids: toColumn(pack.entities.map((e) => e.id)), names: toColumn(pack.entities.map((e) => e.name)) };
}

/** The lexicon pack: entity types and aliases in columns, everything else as JSON. */
export type PackColumns = {
  /** The pack without its entities, and `[index, fields]` of every entity with more than a lexicon's. */
  headJson: string;
  /** The total length of the entities' ids and of their names, checked against the `EntityNames` given. */
  idsLength: number;
  namesLength: number;
  typeNames: string[];
  types: Uint8Array;
  /** `aliasEnds[e]` ends entity e's aliases in `aliasTexts`. */
  aliasEnds: Uint32Array;
  /**
   * Every alias's text, empty for those beyond Latin-1 (`wideTexts`): a few Chinese aliases would
   * make the whole column a two-byte string, twice the size to store and read.
   */
  aliasTexts: StringColumn;
  /** The aliases beyond Latin-1: their indexes among all aliases, ascending, and their texts. */
  wideAt: Uint32Array;
  wideTexts: StringColumn;
  /** The distinct rules (an alias object without its text) of the aliases written as objects. */
  rulesJson: string;
  /** Per alias, 1 + the index of its rule in `rulesJson`, or 0 for an alias written as a string. */
  aliasRules: Uint16Array | Uint32Array;
};

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

type EntityRest = Omit<Entity, 'id' | 'name' | 'type' | 'aliases'>;
type AliasRule = Omit<Exclude<Alias, string>, 'text'>;

/**
 * The empty lists most restored entities and entries hold, shared (frozen: nothing writes to
 * them) instead of three new arrays per object — tens of thousands of them in a large pack.
 */
export const NONE = Object.freeze([]) as unknown as never[];

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
  const ruleIds = new Map<string, number>();
  const aliasRules: number[] = [];
  const rests: [number, EntityRest][] = [];
  entities.forEach((entity, e) => {
    const { id: _id, name: _name, type: _type, aliases, ...rest } = entity;
    for (const alias of aliases) {
      if (typeof alias === 'string') {
        aliasTexts.push(alias);
        aliasRules.push(0);
        continue;
      }
      const { text, ...rule } = alias;
      const json = JSON.stringify(rule);
      const id = ruleIds.get(json) ?? ruleIds.size;
      ruleIds.set(json, id);
      aliasTexts.push(text);
      aliasRules.push(id + 1);
    }
    aliasEnds[e] = aliasTexts.length;
    if (!isLexiconRest(rest)) rests.push([e, rest]);
  });
  return {
    headJson: JSON.stringify({ head, rests }),
    idsLength: totalLength(entities.map((e) => e.id)),
    namesLength: totalLength(entities.map((e) => e.name)),
    typeNames,
    types: Uint8Array.from(entities, (e) => typeNames.indexOf(e.type)),
    aliasEnds,
    ...textColumns(aliasTexts),
    rulesJson: `[${[...ruleIds.keys()].join(',')}]`,
    aliasRules: ruleIds.size < 0xffff ? Uint16Array.from(aliasRules) : Uint32Array.from(aliasRules),
  };
}

function textColumns(texts: readonly string[]): Pick<PackColumns, 'aliasTexts' | 'wideAt' | 'wideTexts'> {
  const wideAt: number[] = [];
  texts.forEach((text, a) => {
    if (BEYOND_LATIN1.test(text)) wideAt.push(a);
  });
  return {
    aliasTexts: toColumn(texts.map((text) => (BEYOND_LATIN1.test(text) ? '' : text))),
    wideAt: Uint32Array.from(wideAt),
    wideTexts: toColumn(wideAt.map((a) => texts[a] as string)),
  };
}

function totalLength(strings: readonly string[]): number {
  let total = 0;
  for (let k = 0; k < strings.length; k++) total += (strings[k] as string).length;
  return total;
}

function columnsFit(c: Partial<PackColumns>, given: EntityNames): c is PackColumns {
  const count = c.types?.length;
  return (
    typeof c.headJson === 'string' &&
    given.ids.ends.length === count &&
    given.names.ends.length === count &&
    c.idsLength === given.ids.text.length &&
    c.namesLength === given.names.text.length &&
    typeof c.rulesJson === 'string' &&
    Array.isArray(c.typeNames) &&
    c.types instanceof Uint8Array &&
    c.aliasEnds instanceof Uint32Array &&
    (c.aliasRules instanceof Uint16Array || c.aliasRules instanceof Uint32Array) &&
    isColumn(c.aliasTexts) &&
    isColumn(c.wideTexts) &&
    c.wideAt instanceof Uint32Array &&
    c.wideAt.length === c.wideTexts.ends.length &&
    c.aliasEnds.length === count &&
    c.aliasRules.length === c.aliasTexts.ends.length &&
    (count === 0 || c.aliasEnds[count - 1] === c.aliasTexts.ends.length)
  );
}

/** Whether the wide aliases' indexes ascend and are aliases' indexes. */
function wideFits(c: PackColumns): boolean {
  const { wideAt } = c;
  for (let k = 0; k < wideAt.length; k++) {
    const a = wideAt[k] as number;
    if (a >= c.aliasRules.length || (k > 0 && a <= (wideAt[k - 1] as number))) return false;
  }
  return true;
}

function allAtMost(values: Uint16Array | Uint32Array, limit: number): boolean {
  for (let k = 0; k < values.length; k++) if ((values[k] as number) > limit) return false;
  return true;
}

/** Whether `ends` never decreases (every entity's aliases are a range of the column). */
function ascending(ends: Uint32Array): boolean {
  for (let k = 1; k < ends.length; k++) if ((ends[k] as number) < (ends[k - 1] as number)) return false;
  return true;
}

/** What every restored entity of one pack reads its id, name and aliases from. */
type EntitySource = { names: EntityNames; decode: (e: number) => Alias[] };

/** String k of `column`. */
function columnAt(column: StringColumn, k: number): string {
  return column.text.slice(k === 0 ? 0 : (column.ends[k - 1] as number), column.ends[k] as number);
}

/**
 * A restored entity: its type read now; its id, name (from the entity index's columns) and aliases
 * (decoded from the snapshot's) when first read: name structure and the Chinese recognizer read
 * the aliases of the entities a text names, and a mention the ids of those, not of all of them.
 * Fields beyond a merged lexicon's are set on it as own properties.
 */
class RestoredEntity {
  description = '';
  facts = NONE;
  related = NONE;
  #id: string | undefined;
  #name: string | undefined;
  #aliases: Alias[] | undefined;
  readonly #source: EntitySource;
  readonly #index: number;
  constructor(
    readonly type: Entity['type'],
    source: EntitySource,
    index: number,
  ) {
    this.#source = source;
    this.#index = index;
  }
  get id(): string {
    this.#id ??= columnAt(this.#source.names.ids, this.#index);
    return this.#id;
  }
  get name(): string {
    this.#name ??= columnAt(this.#source.names.names, this.#index);
    return this.#name;
  }
  get aliases(): Alias[] {
    this.#aliases ??= this.#source.decode(this.#index);
    return this.#aliases;
  }
}

/** Entity e's aliases, decoded from the columns. */
function aliasesFrom(c: PackColumns, rules: () => AliasRule[]): (e: number) => Alias[] {
  const { text, ends } = c.aliasTexts;
  const wide = new Map<number, string>();
  c.wideAt.forEach((a, k) => {
    const starts = c.wideTexts.ends;
    wide.set(a, c.wideTexts.text.slice(k === 0 ? 0 : (starts[k - 1] as number), starts[k] as number));
  });
  return (e) => {
    const to = c.aliasEnds[e] as number;
    const from = e === 0 ? 0 : (c.aliasEnds[e - 1] as number);
    const aliases = new Array<Alias>(to - from);
    for (let a = from; a < to; a++) {
      const aliasText = wide.get(a) ?? text.slice(a === 0 ? 0 : (ends[a - 1] as number), ends[a] as number);
      const rule = c.aliasRules[a] as number;
      aliases[a - from] = rule === 0 ? aliasText : { text: aliasText, ...(rules()[rule - 1] as AliasRule) };
    }
    return aliases;
  };
}

/**
 * The pack `packColumns` stored, with the ids and names `given` (the entity index's), or undefined
 * when the columns do not fit together or with them. Its entities' aliases are decoded when first read (`RestoredEntity`), so a restore costs one small object per
 * entity; everything that could make that decoding fail is checked here.
 */
export function packFromColumns(value: unknown, given: EntityNames): Pack | undefined {
  if (!isRecord(value)) return undefined;
  const c = value as Partial<PackColumns>;
  if (!columnsFit(c, given) || !ascending(c.aliasEnds) || !wideFits(c)) return undefined;
  const { head, rests } = JSON.parse(c.headJson) as {
    head: Omit<Pack, 'entities'>;
    rests: [number, EntityRest][];
  };
  const rules = JSON.parse(c.rulesJson) as AliasRule[];
  if (!Array.isArray(rules) || !allAtMost(c.aliasRules, rules.length)) return undefined;
  const source: EntitySource = { names: given, decode: aliasesFrom(c, () => rules) };
  const count = c.types.length;
  const entities = new Array<Entity>(count);
  for (let e = 0; e < count; e++) {
    const type = c.typeNames[c.types[e] as number] as Entity['type'] | undefined;
    if (type === undefined) return undefined;
    entities[e] = new RestoredEntity(type, source, e) as unknown as Entity;
  }
  for (const [e, rest] of rests) {
    const entity = entities[e];
    if (entity === undefined) return undefined;
    Object.assign(entity, rest);
  }
  return { ...head, entities } as Pack;
}
