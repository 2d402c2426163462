/**
 * The pack checker's logic (`npm run pack:check -- FILE`), kept pure: the script only reads
 * the file and prints what these functions return.
 *
 * Exit codes: 0 valid, 1 invalid (every problem on stderr as `path: reason`, one per line), 2 file missing,
 * unreadable or bad command line (one line on stderr). A valid pack may still print warnings on stderr
 * (`warning: path: reason`), which never change the exit code.
 */
import type { Pack } from './schema';
import { formatPath, formatProblem, type PackProblem, parsePackText } from './validate';

export const DEFAULT_PACK_PATH = 'public/knowledge.json';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

export type PackCheckOutcome = {
  exitCode: typeof EXIT_VALID | typeof EXIT_INVALID | typeof EXIT_UNREADABLE;
  stdout: string[];
  stderr: string[];
};

export type PackCounts = { entities: number; deadlines: number; facts: number; asOf: string };

export function packCounts(pack: Pack): PackCounts {
  return {
    entities: pack.entities.length,
    deadlines: pack.deadlines.length,
    facts: pack.entities.reduce((sum, entity) => sum + entity.facts.length, 0),
    asOf: pack.asOf,
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `public/knowledge.json: valid — 31 entities, 4 deadlines, 142 facts, as of 2026-11-25` */
export function formatSummary(label: string, pack: Pack): string {
  const counts = packCounts(pack);
  return (
    `${label}: valid — ${plural(counts.entities, 'entity', 'entities')}, ` +
    `${plural(counts.deadlines, 'deadline', 'deadlines')}, ${plural(counts.facts, 'fact', 'facts')}, ` +
    `as of ${counts.asOf}`
  );
}

/**
 * What a valid pack should still fix: every fact or timeline source without a `publisher`
 * (the card names the outlet next to the link, so a reader can weigh it before opening it).
 */
export function packWarnings(pack: Pack): PackProblem[] {
  const unnamed = (source: string) => ({ message: `the source has no publisher (${source})` });
  return [
    ...pack.entities.flatMap((entity, i) =>
      entity.facts.flatMap((fact, j) =>
        fact.publisher ? [] : [{ path: formatPath(['entities', i, 'facts', j]), ...unnamed(fact.source) }],
      ),
    ),
    ...pack.deadlines.flatMap((deadline, i) =>
      deadline.timeline.flatMap((entry, j) =>
        entry.publisher
          ? []
          : [{ path: formatPath(['deadlines', i, 'timeline', j]), ...unnamed(entry.source) }],
      ),
    ),
  ];
}

/** One warning as one line: `warning: entities[3].facts[1]: the source has no publisher (https://…)`. */
export function formatWarning(warning: PackProblem): string {
  return `warning: ${formatProblem(warning)}`;
}

/** Checks the text of a pack file; `label` names the file in the output. */
export function checkPackText(label: string, text: string): PackCheckOutcome {
  const result = parsePackText(text);
  if (result.ok)
    return {
      exitCode: EXIT_VALID,
      stdout: [formatSummary(label, result.pack)],
      stderr: packWarnings(result.pack).map(formatWarning),
    };
  return {
    exitCode: EXIT_INVALID,
    stdout: [],
    stderr: result.problems.map(formatProblem),
  };
}

/** Node's error codes for the usual reasons a file cannot be read, in plain words. */
const READ_ERROR_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** The one-line outcome when the file cannot be read at all. */
export function unreadableFile(label: string, error: unknown): PackCheckOutcome {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    (typeof code === 'string' ? READ_ERROR_REASONS[code] : undefined) ??
    (error instanceof Error ? error.message : String(error));
  return { exitCode: EXIT_UNREADABLE, stdout: [], stderr: [`${label}: cannot read the file: ${reason}`] };
}

/**
 * The file to check from the script's arguments (npm passes `--` through on some versions):
 * none → the default pack, one → that file, more → a usage error.
 */
export function packPathFromArgs(args: readonly string[]): { path: string } | { error: string } {
  const files = args.filter((arg) => arg !== '--');
  if (files.length === 0) return { path: DEFAULT_PACK_PATH };
  if (files.length === 1 && files[0] !== undefined) return { path: files[0] };
  return { error: `usage: npm run pack:check -- [FILE]  (one file; got ${files.length})` };
}
