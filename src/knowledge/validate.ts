/**
 * Checks a knowledge pack: the shape (from `schema.ts`, every valibot issue turned into a
 * JSON path and a plain-English reason) and, once the shape is right, the cross-field rules
 * the schema cannot express (unique ids, references that resolve, timeline order, alias
 * ownership, fact dates not after the pack's date, confirming words that confirm something, roles
 * held by persons and listed once).
 *
 * Never throws: anything unexpected becomes a problem at the root path.
 */
import * as v from 'valibot';
import { confirmingWordProblems } from './confirming-checks';
import { timelineProblems } from './deadline-checks';
import { formatPath, formatProblem, type PackProblem, type PathKey } from './problems';
import { dependencyProblems, relatedProblems } from './reference-checks';
import { roleProblems } from './role-checks';
import { aliasRule, type Pack, PackSchema } from './schema';

export { formatPath, formatProblem, type PackProblem } from './problems';

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

type Issue = v.BaseIssue<unknown>;

function issueKeys(issue: Issue): PathKey[] {
  return (issue.path ?? []).map((item) => {
    const key = (item as { key?: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'a string' : `${typeof value}`;
}

/** valibot's own wording for structural issues, replaced with plain English. */
function issueMessage(issue: Issue): string {
  const last = issue.path?.at(-1) as { origin?: string; key?: unknown } | undefined;
  if (issue.type === 'strict_object' && last?.origin === 'key') {
    return issue.expected === 'never'
      ? `is not a field of the pack format (check the spelling)`
      : 'is required but missing';
  }
  if (issue.type === 'strict_object') return `must be an object, not ${describeValue(issue.input)}`;
  return issue.message;
}

type LocatedIssue = { keys: PathKey[]; issue: Issue };

/**
 * A union issue (an alias is a string or an object): report the failing branch's own issues,
 * dropping each branch's bare "wrong type" complaint; if only those remain, the union's message.
 */
function flattenIssues(issues: readonly Issue[], prefix: readonly PathKey[] = []): LocatedIssue[] {
  return issues.flatMap((issue) => {
    const keys = [...prefix, ...issueKeys(issue)];
    if (issue.type !== 'union' || !issue.issues) return [{ keys, issue }];
    const branchIssues = issue.issues.filter(
      (inner) => inner.kind !== 'schema' || (inner.path?.length ?? 0) > 0,
    );
    return branchIssues.length === 0 ? [{ keys, issue }] : flattenIssues(branchIssues, keys);
  });
}

function shapeProblems(issues: readonly Issue[]): PackProblem[] {
  const seen = new Set<string>();
  const problems: PackProblem[] = [];
  for (const { keys, issue } of flattenIssues(issues)) {
    const problem = { path: formatPath(keys), message: issueMessage(issue) };
    const line = formatProblem(problem);
    if (seen.has(line)) continue;
    seen.add(line);
    problems.push(problem);
  }
  return problems;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids that appear twice in a list of records: a problem at each repeat. */
function duplicateIds(list: readonly { id: string }[], listName: string): PackProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: PackProblem[] = [];
  list.forEach((item, index) => {
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) firstIndex.set(item.id, index);
    else
      problems.push({
        path: formatPath([listName, index, 'id']),
        message: `"${item.id}" is already the id of ${listName}[${earlier}]; ids must be unique`,
      });
  });
  return problems;
}

function factDateProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.entities.forEach((entity, i) => {
    entity.facts.forEach((fact, j) => {
      if (fact.asOf > pack.asOf)
        problems.push({
          path: formatPath(['entities', i, 'facts', j, 'asOf']),
          message: `${fact.asOf} is later than the pack's asOf (${pack.asOf})`,
        });
    });
  });
  return problems;
}

/** Typographic variants recognition treats as one character (curly apostrophes, non-breaking hyphens). */
const APOSTROPHE_VARIANTS = /[\u2018\u2019\u02BC]/g;
const HYPHEN_VARIANTS = /[\u2010\u2011]/g;

/** Alias text as recognition reads it: Unicode form, spacing, apostrophes and hyphens normalized; case kept. */
export function aliasText(text: string): string {
  return text
    .normalize('NFC')
    .replace(APOSTROPHE_VARIANTS, "'")
    .replace(HYPHEN_VARIANTS, '-')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Alias text compared across entities: as `aliasText`, ignoring letter case. */
export function aliasKey(text: string): string {
  return aliasText(text).toLowerCase();
}

/** One entity's claim on an alias text (its first spelling), ambiguous only if every spelling says so. */
type AliasClaim = { entity: number; alias: number; ambiguous: boolean };

function duplicateAliasProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.entities.forEach((entity, i) => {
    const firstIndex = new Map<string, number>();
    entity.aliases.forEach((alias, j) => {
      const text = aliasRule(alias).text;
      const earlier = firstIndex.get(aliasText(text));
      if (earlier === undefined) firstIndex.set(aliasText(text), j);
      else
        problems.push({
          path: formatPath(['entities', i, 'aliases', j]),
          message: `"${text}" repeats entities[${i}].aliases[${earlier}]`,
        });
    });
  });
  return problems;
}

/** Alias text (ignoring case) → the claim of each entity that lists it. */
function aliasClaims(pack: Pack): Map<string, Map<number, AliasClaim>> {
  const claims = new Map<string, Map<number, AliasClaim>>();
  pack.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, j) => {
      const rule = aliasRule(alias);
      const key = aliasKey(rule.text);
      const byEntity = claims.get(key) ?? new Map<number, AliasClaim>();
      const ambiguous = rule.ambiguous === true;
      const existing = byEntity.get(i);
      if (existing) existing.ambiguous &&= ambiguous;
      else byEntity.set(i, { entity: i, alias: j, ambiguous });
      claims.set(key, byEntity);
    });
  });
  return claims;
}

function sharedAliasProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const byEntity of aliasClaims(pack).values()) {
    const list = [...byEntity.values()];
    if (list.length < 2 || list.every((claim) => claim.ambiguous)) continue;
    for (const claim of list) {
      if (claim.ambiguous) continue;
      const others = list
        .filter((other) => other !== claim)
        .map((other) => `"${pack.entities[other.entity]?.id}"`)
        .join(', ');
      const text = aliasRule(pack.entities[claim.entity]?.aliases[claim.alias] ?? '').text;
      problems.push({
        path: formatPath(['entities', claim.entity, 'aliases', claim.alias]),
        message: `"${text}" is also an alias of ${others}; mark every claim "ambiguous": true or keep it on one entity`,
      });
    }
  }
  return problems;
}

/** One Han character alone (何, 王, 习) occurs inside countless words and names. */
const SINGLE_HAN = /^\p{Script=Han}$/u;

function shortHanAliasProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, j) => {
      const text = aliasText(aliasRule(alias).text);
      if (SINGLE_HAN.test(text))
        problems.push({
          path: formatPath(['entities', i, 'aliases', j]),
          message: `"${text}" is a single Han character and would match inside countless words; use the full name (何立峰) or a titled form (何副总理)`,
        });
    });
  });
  return problems;
}

function crossCheckProblems(pack: Pack): PackProblem[] {
  const entityIds = new Set(pack.entities.map((entity) => entity.id));
  return [
    ...duplicateIds(pack.entities, 'entities'),
    ...duplicateIds(pack.deadlines, 'deadlines'),
    ...dependencyProblems(pack),
    ...relatedProblems(pack, entityIds),
    ...timelineProblems(pack),
    ...factDateProblems(pack),
    ...duplicateAliasProblems(pack),
    ...sharedAliasProblems(pack),
    ...shortHanAliasProblems(pack),
    ...confirmingWordProblems(pack, aliasKey),
    ...roleProblems(pack),
  ];
}

/** Checks a parsed JSON value; reports every problem found, never throws. */
export function validatePack(value: unknown): PackResult {
  try {
    if (!isPlainObject(value))
      return {
        ok: false,
        problems: [{ path: '', message: `the pack must be a JSON object, not ${describeValue(value)}` }],
      };
    const parsed = v.safeParse(PackSchema, value);
    if (!parsed.success) return { ok: false, problems: shapeProblems(parsed.issues) };
    const problems = crossCheckProblems(parsed.output);
    return problems.length === 0 ? { ok: true, pack: parsed.output } : { ok: false, problems };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `could not be checked: ${errorText(error)}` }] };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const BYTE_ORDER_MARK = '\uFEFF';

/** Checks the text of a pack file: empty file, JSON syntax, then `validatePack`. */
export function parsePackText(text: string): PackResult {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ path: '', message: 'file is empty' }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${errorText(error)}` }] };
  }
  return validatePack(value);
}
