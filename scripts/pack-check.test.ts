/**
 * The pack checker: its exit code and its two output streams. The first test runs it as users
 * run it (a child process); the others call its own function and print what the command line
 * prints (a tsx child costs seconds of CPU).
 */
import { describe, expect, it } from 'vitest';
import {
  printedOutcome,
  runScript,
  SCRIPT_TEST_TIMEOUT_MS as TEST_TIMEOUT_MS,
} from '../tests/support/run-script';
import { run } from './pack-check';

const packCheckCli = (...args: string[]) => runScript('pack-check', ...args);
const packCheck = async (...args: string[]) => printedOutcome(await run(args));

describe('scripts/pack-check.ts', () => {
  it(
    'exits 0 with a one-line summary for the bundled pack (the default file)',
    () => {
      const run = packCheckCli();
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(
        /^public\/knowledge\.json: valid — \d+ entities, \d+ deadlines, \d+ facts, as of 2026-11-29\n$/,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 1 and prints each problem as "path: reason" on stderr',
    async () => {
      const run = await packCheck('tests/fixtures/packs/bad-url-scheme.json');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('entities[0].facts[1].source: must be an https URL\n');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 1 for a file that is not JSON',
    async () => {
      const run = await packCheck('tests/fixtures/packs/not-json.json');
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^not valid JSON: .+\n$/);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 2 with one line when the file does not exist',
    async () => {
      const run = await packCheck('tests/fixtures/packs/no-such-pack.json');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('tests/fixtures/packs/no-such-pack.json: cannot read the file: no such file\n');
    },
    TEST_TIMEOUT_MS,
  );
});
