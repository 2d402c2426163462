/** The pack checker as users run it: a child process, its exit code and its two output streams. */
import { describe, expect, it } from 'vitest';
import { runScript, SCRIPT_TEST_TIMEOUT_MS as TEST_TIMEOUT_MS } from '../tests/support/run-script';

const packCheck = (...args: string[]) => runScript('pack-check', ...args);

describe('scripts/pack-check.ts', () => {
  it(
    'exits 0 with a one-line summary for the bundled pack (the default file)',
    () => {
      const run = packCheck();
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
    () => {
      const run = packCheck('tests/fixtures/packs/bad-url-scheme.json');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('entities[0].facts[1].source: must be an https URL\n');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 1 for a file that is not JSON',
    () => {
      const run = packCheck('tests/fixtures/packs/not-json.json');
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^not valid JSON: .+\n$/);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 2 with one line when the file does not exist',
    () => {
      const run = packCheck('tests/fixtures/packs/no-such-pack.json');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('tests/fixtures/packs/no-such-pack.json: cannot read the file: no such file\n');
    },
    TEST_TIMEOUT_MS,
  );
});
