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
