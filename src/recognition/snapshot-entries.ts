/**
 * The alias entries as a recognizer snapshot (snapshot.ts) stores them: columns of typed arrays,
 * the entries' code units apart (`formUnits`, `formEnds`). On a restore the columns are checked
 * in full, then a pattern's entries are built when the recognizer first looks at that pattern:
 * a page's first text touches a few hundred of a large pack's tens of thousands. A pattern's facts
 * (pattern-facts.ts) are derived from the same columns at that moment too.
 */
import type { AliasEntry, EntryTable } from './aliases';
import { lazy } from './lazy';
import { NO_ENTITY, NO_FORM, type PatternFacts } from './pattern-facts';
import { NONE } from './snapshot-columns';

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

/** The columns, checked: every entry names an entity, has forms, and every pattern has entries. */
type Checked = EntryColumns & { formUnits: Uint16Array; formEnds: Uint32Array; rules: Map<number, Rules> };

function checked(
  value: unknown,
  patternCount: number,
  entityCount: number,
  formUnits: Uint16Array,
  formEnds: Uint32Array,
): Checked | undefined {
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
  let start = 0;
  for (let k = 0; k < count; k++) {
    const end = formEnds[k] as number;
    const length = (c.flags[k] as number) & FLAG.upper ? (end - start) / 2 : end - start;
    const entity = c.entity[k] as number;
    if (!(entity >= 0 && entity < entityCount) || !Number.isInteger(length) || length <= 0) return undefined;
    start = end;
  }
  let from = 0;
  for (let p = 0; p < patternCount; p++) {
    const to = c.patternEnds[p] as number;
    if (to <= from || to > count) return undefined;
    from = to;
  }
  if (from !== count) return undefined;
  const rules = new Map<number, Rules>();
  for (const rule of JSON.parse(c.rulesJson) as Rules[]) {
    if (!(rule[0] >= 0 && rule[0] < count)) return undefined;
    rules.set(rule[0], rule);
  }
  return { ...(c as EntryColumns), formUnits, formEnds, rules };
}

/**
 * The entries of one-word person aliases (`nameWord`), grouped by entity in entry order: entity
 * e's are `entries[starts[e]]` up to `entries[starts[e + 1]]` (two passes over typed arrays).
 */
function nameWordEntries(c: Checked, entityCount: number): { starts: Uint32Array; entries: Uint32Array } {
  const starts = new Uint32Array(entityCount + 1);
  let total = 0;
  for (let k = 0; k < c.entity.length; k++)
    if (((c.flags[k] as number) & FLAG.nameWord) !== 0) {
      starts[(c.entity[k] as number) + 1] = (starts[(c.entity[k] as number) + 1] as number) + 1;
      total++;
    }
  for (let e = 0; e < entityCount; e++) starts[e + 1] = (starts[e + 1] as number) + (starts[e] as number);
  const next = starts.slice(0, entityCount);
  const entries = new Uint32Array(total);
  for (let k = 0; k < c.entity.length; k++)
    if (((c.flags[k] as number) & FLAG.nameWord) !== 0) {
      const e = c.entity[k] as number;
      entries[next[e] as number] = k;
      next[e] = (next[e] as number) + 1;
    }
  return { starts, entries };
}

function unitsAt(units: Uint16Array, from: number, to: number): string {
  return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
}

/** Entry k, built from the columns. */
function entryAt(c: Checked, k: number): AliasEntry {
  const start = k === 0 ? 0 : (c.formEnds[k - 1] as number);
  const end = c.formEnds[k] as number;
  const bits = c.flags[k] as number;
  const length = bits & FLAG.upper ? (end - start) / 2 : end - start;
  const [, notFollowedBy, notPrecededBy, notInSentenceWith] = c.rules.get(k) ?? [0, NONE, NONE, NONE];
  return {
    entity: c.entity[k] as number,
    asWritten: unitsAt(c.formUnits, start, start + length),
    upper: bits & FLAG.upper ? unitsAt(c.formUnits, start + length, end) : undefined,
    forms: c.formUnits,
    formAt: start,
    afterFullName: (bits & FLAG.afterFullName) !== 0,
    notFollowedBy,
    notPrecededBy,
    notInSentenceWith,
    weak: (bits & FLAG.weak) !== 0,
    anyCase: (bits & FLAG.anyCase) !== 0,
    nameWord: (bits & FLAG.nameWord) !== 0,
    generic: (bits & FLAG.generic) !== 0,
    acronym: (bits & FLAG.acronym) !== 0,
    explicit: (bits & FLAG.explicit) !== 0,
  };
}

/**
 * `patternFacts` of the entries, in the arrays a compile gives, filled per pattern by
 * `fill(p)`: the restored entry table's `entriesOf(p)` fills pattern p's on its first call, and
 * the recognizer reads a pattern's facts only after asking for its entries (pack-recognizer.ts
 * `onMatch`), so a first recognize settles the few hundred patterns it meets instead of all of them.
 */
function patternFactsOf(c: Checked): { facts: PatternFacts; fill: (p: number) => void } {
  const count = c.patternEnds.length;
  const facts: PatternFacts = {
    soleEntity: new Int32Array(count).fill(NO_ENTITY),
    ruleFree: new Uint8Array(count),
    namesFully: new Uint8Array(count),
    formAt: new Int32Array(count).fill(NO_FORM),
    formLength: new Int32Array(count),
    hasUpper: new Uint8Array(count),
    formUnits: c.formUnits,
  };
  const fill = (p: number): void => {
    const from = p === 0 ? 0 : (c.patternEnds[p - 1] as number);
    const to = c.patternEnds[p] as number;
    const first = c.entity[from] as number;
    let sole = true;
    for (let k = from + 1; k < to; k++) if (c.entity[k] !== first) sole = false;
    if (sole) facts.soleEntity[p] = first;
    for (let k = from; k < to; k++)
      if (((c.flags[k] as number) & FLAG.afterFullName) === 0) facts.namesFully[p] = 1;
    if (to - from !== 1) return;
    const bits = c.flags[from] as number;
    const start = from === 0 ? 0 : (c.formEnds[from - 1] as number);
    const units = (c.formEnds[from] as number) - start;
    const ruled = (bits & (FLAG.nameWord | FLAG.afterFullName)) !== 0 || c.rules.has(from);
    facts.ruleFree[p] = ruled ? 0 : 1;
    facts.formAt[p] = start;
    facts.formLength[p] = bits & FLAG.upper ? units / 2 : units;
    facts.hasUpper[p] = bits & FLAG.upper ? 1 : 0;
  };
  return { facts, fill };
}

/**
 * The entry table `entryColumns` stored, its entries' `forms` all `formUnits` from their `formAt`
 * (`formEnds[k]` ends entry k's), and the pattern facts (a pattern's filled in when its entries
 * are first asked for, `patternFactsOf`); undefined when the columns do not fit.
 */
export function entryTableFromColumns(
  value: unknown,
  patternCount: number,
  entityCount: number,
  formUnits: Uint16Array,
  formEnds: Uint32Array,
): { table: EntryTable; facts: PatternFacts } | undefined {
  const c = checked(value, patternCount, entityCount, formUnits, formEnds);
  if (c === undefined) return undefined;
  const known = new Array<AliasEntry[] | undefined>(patternCount);
  const { facts, fill } = patternFactsOf(c);
  const entriesOf = (pattern: number): AliasEntry[] => {
    let entries = known[pattern];
    if (entries === undefined) {
      fill(pattern);
      const from = pattern === 0 ? 0 : (c.patternEnds[pattern - 1] as number);
      const to = c.patternEnds[pattern] as number;
      entries = new Array<AliasEntry>(to - from);
      for (let k = from; k < to; k++) entries[k - from] = entryAt(c, k);
      known[pattern] = entries;
    }
    return entries;
  };
  const nameWords = lazy(() => nameWordEntries(c, entityCount));
  const oneWordPersonAliasesOf = (entity: number): string[] => {
    const { starts, entries } = nameWords();
    const texts: string[] = [];
    for (let n = starts[entity] as number; n < (starts[entity + 1] as number); n++) {
      const k = entries[n] as number;
      const start = k === 0 ? 0 : (c.formEnds[k - 1] as number);
      const end = c.formEnds[k] as number;
      const length = (c.flags[k] as number) & FLAG.upper ? (end - start) / 2 : end - start;
      texts.push(unitsAt(c.formUnits, start, start + length));
    }
    return texts;
  };
  return { table: { patternCount, entriesOf, oneWordPersonAliasesOf }, facts };
}
