/**
 * Parts of the word trie's start finder (word-trie-build.ts): the raw units of each folded unit,
 * character classes, and the look-aheads of "narrow" start units.
 *
 * A raw start unit is narrow when only some of the patterns under its root transition may start
 * with it ("d" for the generic "department of commerce", which may be written in lower case, but
 * not for "DeepSeek"). The matcher's contract (word-trie.ts) asks it to report an occurrence only
 * when it starts with one of its pattern's start units, so a narrow unit's look-ahead is built
 * from the patterns that list it alone: in running text "data", "deal" and "said" then fail the
 * look-ahead, where the look-ahead of every pattern under "d" let most words through to a walk.
 */
import { CHAR, charTables, unitEscape } from './chars';

const SPACE = CHAR.SPACE;
const LINE_FEED = CHAR.LINE_FEED;
const CARRIAGE_RETURN = CHAR.CARRIAGE_RETURN;
const CODE_UNITS = 0x10000;

let rawByFoldedCache: Map<number, number[]> | undefined;

/**
 * folded unit → every raw unit that folds to it (line breaks count as a space: the scan joins
 * a white-space run holding one). Built once per process, like the character tables.
 */
export function rawUnitsByFoldedUnit(): Map<number, number[]> {
  if (rawByFoldedCache !== undefined) return rawByFoldedCache;
  const { fold } = charTables();
  const rawByFolded = new Map<number, number[]>();
  for (let raw = 0; raw < CODE_UNITS; raw++) {
    const folded = fold[raw] as number;
    const key = folded === LINE_FEED || folded === CARRIAGE_RETURN ? SPACE : folded;
    const list = rawByFolded.get(key);
    if (list) list.push(raw);
    else rawByFolded.set(key, [raw]);
  }
  rawByFoldedCache = rawByFolded;
  return rawByFolded;
}

/** A RegExp character class (no `u` flag) holding exactly `units`. */
export function unitClass(units: readonly number[]): string {
  const sorted = [...new Set(units)].sort((x, y) => x - y);
  const ranges: string[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const first = sorted[k] as number;
    let last = first;
    while (k + 1 < sorted.length && sorted[k + 1] === last + 1) last = sorted[++k] as number;
    ranges.push(last === first ? unitEscape(first) : `${unitEscape(first)}-${unitEscape(last)}`);
  }
  return `[${ranges.join('')}]`;
}

/**
 * How many units after its first a walk must read before it can report `pattern` (at most
 * `budget`): up to its end or a space (a white-space run may be longer), as the trie's finder
 * counts them for one pattern.
 */
export function requiredAfterFirst(pattern: string, budget: number): number {
  let required = 0;
  for (let k = 1; k <= budget && k < pattern.length; k++) {
    required = k;
    if (pattern.charCodeAt(k) === SPACE) break;
  }
  return required;
}

/**
 * The narrow start units (above) of `patterns` (folded) under `startUnits` (raw units per
 * pattern), and the finder branches for them: grouped by depth, each a class of first units and
 * a look-ahead of the raw units the patterns listing them continue with.
 */
export function narrowStartBranches(
  patterns: readonly string[],
  startUnits: readonly (readonly number[])[],
  budget: number,
): { narrow: ReadonlySet<number>; branches: string[] } {
  const rawByFolded = rawUnitsByFoldedUnit();
  const underFirst = new Map<number, number>();
  for (const pattern of patterns)
    underFirst.set(pattern.charCodeAt(0), (underFirst.get(pattern.charCodeAt(0)) ?? 0) + 1);
  const listing = new Map<number, number[]>();
  startUnits.forEach((units, id) => {
    for (const raw of new Set(units)) {
      const ids = listing.get(raw);
      if (ids === undefined) listing.set(raw, [id]);
      else ids.push(id);
    }
  });
  const narrow = new Set<number>();
  const groups = new Map<number, { firsts: number[]; levels: Set<number>[] }>();
  for (const [raw, ids] of listing) {
    const firsts = new Set(ids.map((id) => (patterns[id] as string).charCodeAt(0)));
    // One root transition (rootTable), which some pattern under it does not list this unit for.
    if (firsts.size !== 1 || ids.length === underFirst.get([...firsts][0] as number)) continue;
    narrow.add(raw);
    const depth = Math.min(...ids.map((id) => requiredAfterFirst(patterns[id] as string, budget)));
    const group = groups.get(depth) ?? { firsts: [], levels: [] };
    while (group.levels.length <= depth) group.levels.push(new Set());
    for (const id of ids) {
      for (let k = 1; k <= depth; k++) {
        for (const unit of rawByFolded.get((patterns[id] as string).charCodeAt(k)) ?? [])
          (group.levels[k] as Set<number>).add(unit);
      }
    }
    group.firsts.push(raw);
    groups.set(depth, group);
  }
  const branches = [...groups].map(([depth, { firsts, levels }]) => {
    const ahead = levels.slice(1, depth + 1).map((units) => unitClass([...units]));
    return unitClass(firsts) + (ahead.length > 0 ? `(?=${ahead.join('')})` : '');
  });
  return { narrow, branches };
}
