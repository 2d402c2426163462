/**
 * Global setup of the browser project: a folder for the shared browsers' profiles and build copies
 * (tests/browser/shared-browsers.ts), and at the end of the run, whatever is left of them: a
 * browser process still running from that folder (its worker was stopped before it could close
 * it) is stopped by its process id, and the folder removed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the shared browsers keep their profiles and build copies (read by shared-browsers.ts). */
export const SHARED_DIR_ENV = 'BACKSTORY_SHARED_BROWSERS_DIR';

/** Process ids whose command line names `dir` (Linux /proc; none elsewhere). */
function processesUsing(dir: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) found.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-shared-browsers-'));
  process.env[SHARED_DIR_ENV] = dir;
  return () => {
    for (const pid of processesUsing(dir)) {
      if (pid === process.pid) continue;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    } catch (error) {
      console.warn(`left a temporary directory behind: ${dir} (${(error as Error).message})`);
    }
  };
}
