/**
 * pack:keygen, pack:sign and pack:check's signature line. The first keygen and the first sign run
 * as readers run them (child processes); the other runs call the scripts' own functions, which
 * print what the command line prints (a tsx child costs seconds of CPU).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  printedOutcome,
  REPO_ROOT,
  runInProcess,
  runScript,
  SCRIPT_TEST_TIMEOUT_MS,
} from '../tests/support/run-script';
import { run as packCheck } from './pack-check';
import { main as keygenMain } from './pack-keygen';
import { main as signMain } from './pack-sign';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/packs/valid-minimal.json');
const TEST_TIMEOUT_MS = SCRIPT_TEST_TIMEOUT_MS;
const run = runScript;
const keygenInProcess = (...args: string[]) => runInProcess(keygenMain, ...args);
const signInProcess = (...args: string[]) => runInProcess(signMain, ...args);
const check = async (file: string) => printedOutcome(await packCheck([file]));

describe('pack signing scripts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-sign-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'keygen → sign → check: the signature verifies; a changed pack or a wrong key fails',
    async () => {
      const key = join(dir, 'newsroom.pem');
      const pack = join(dir, 'pack.json');
      copyFileSync(FIXTURE, pack);
      const keygen = run('pack-keygen', key);
      expect(keygen.status).toBe(0);
      const fingerprint = /fingerprint: ([0-9a-f ]{39})/.exec(keygen.stdout)?.[1];
      expect(fingerprint).toBeDefined();
      expect((await keygenInProcess(key)).status).toBe(2); // never overwrites a key

      const sign = run('pack-sign', pack, key);
      expect(sign.status).toBe(0);
      expect(sign.stdout).toBe(`wrote ${pack}.sig — pack "fixture-pack", key ${fingerprint}\n`);
      const checked = await check(pack);
      expect(checked.status).toBe(0);
      expect(checked.stdout.split('\n')[1]).toBe(`${pack}.sig: valid signature, key ${fingerprint}`);

      writeFileSync(pack, readFileSync(pack, 'utf8').replace('Fact 1.', 'Fact 1!'));
      const tampered = await check(pack);
      expect(tampered.status).toBe(1);
      expect(tampered.stderr).toContain(`${pack}.sig: does not match the pack`);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses to sign an invalid pack (exit 1) or with a key that is not Ed25519 (exit 2)',
    async () => {
      const key = join(dir, 'k2.pem');
      expect((await keygenInProcess(key)).status).toBe(0);
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"schemaVersion": 2}');
      const invalid = await signInProcess(bad, key);
      expect(invalid.status).toBe(1);
      expect(invalid.stderr).toContain('is not a valid pack; not signed');
      const notKey = join(dir, 'not-a-key.pem');
      writeFileSync(notKey, 'hello');
      const wrong = await signInProcess(FIXTURE, notKey);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toContain('not a private key in PEM form');
    },
    TEST_TIMEOUT_MS,
  );
});
