/**
 * Runs one of the project's scripts as a reader runs it: `tsx scripts/NAME.ts ARGS…` in a child
 * process from the repository root, and returns its exit status and both output streams. The child
 * is `node --import tsx`, the process the `tsx` command itself starts: one Node process per run
 * instead of two.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A deadline for a hang, not a speed check: a tsx child took over 30 s at load average 39 on a
 * shared 2-core machine.
 */
export const SCRIPT_DEADLINE_MS = 120_000;
/** Per test: room for a couple of children at that deadline. */
export const SCRIPT_TEST_TIMEOUT_MS = 280_000;

export interface ScriptRun {
  /** null when the child was killed (the deadline passed). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `script` is the path under scripts/ without `.ts`, e.g. `pack-check` or `bench`. */
export function runScript(script: string, ...args: string[]): ScriptRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: SCRIPT_DEADLINE_MS,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/**
 * Runs a script's exported `main(args, out)` in this process and returns what the command line
 * would print: each line of `out.log` on stdout, of `out.error` on stderr, and the exit status.
 * For tests of the script's logic; one test per script still runs the command line itself.
 */
export async function runInProcess(
  main: (
    args: readonly string[],
    out: { log(line: string): void; error(line: string): void },
  ) => Promise<number>,
  ...args: string[]
): Promise<ScriptRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    log: (line) => {
      stdout += `${line}\n`;
    },
    error: (line) => {
      stderr += `${line}\n`;
    },
  });
  return { status, stdout, stderr };
}

/** What a command line prints for an outcome of lines and an exit code (pack:check's form). */
export function printedOutcome(outcome: {
  exitCode: number;
  stdout: readonly string[];
  stderr: readonly string[];
}): ScriptRun {
  const lines = (list: readonly string[]) => list.map((line) => `${line}\n`).join('');
  return { status: outcome.exitCode, stdout: lines(outcome.stdout), stderr: lines(outcome.stderr) };
}
