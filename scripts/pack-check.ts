/**
 * `npm run pack:check -- [FILE]`: checks a knowledge pack (default `public/knowledge.json`).
 * Prints a one-line summary and exits 0 when valid; prints every problem on stderr and exits 1
 * when invalid; exits 2 when the file cannot be read. The logic lives in src/knowledge/pack-check.ts.
 * When `FILE.sig` exists beside a valid pack, its signature is checked too (a second stdout line
 * naming the key; a bad signature is a problem: exit 1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkPackText,
  EXIT_INVALID,
  EXIT_UNREADABLE,
  EXIT_VALID,
  type PackCheckOutcome,
  packPathFromArgs,
  unreadableFile,
} from '../src/knowledge/pack-check';
import { parseSignatureText, SIGNATURE_SUFFIX, verifySignature } from '../src/packs/signature';
import { fingerprint } from './lib/pack-signing';

async function checkSignature(
  path: string,
  bytes: Buffer,
  outcome: PackCheckOutcome,
): Promise<PackCheckOutcome> {
  const sigPath = `${path}${SIGNATURE_SUFFIX}`;
  if (outcome.exitCode !== EXIT_VALID || !existsSync(sigPath)) return outcome;
  const parsed = parseSignatureText(readFileSync(sigPath, 'utf8'));
  const valid = parsed.ok && (await verifySignature(crypto.subtle, new Uint8Array(bytes), parsed.signature));
  if (!parsed.ok || !valid) {
    const reason = parsed.ok
      ? 'does not match the pack (changed after signing, or signed by another key)'
      : parsed.problem;
    return { exitCode: EXIT_INVALID, stdout: [], stderr: [...outcome.stderr, `${sigPath}: ${reason}`] };
  }
  const line = `${sigPath}: valid signature, key ${await fingerprint(parsed.signature.publicKey)}`;
  return { ...outcome, stdout: [...outcome.stdout, line] };
}

/** The whole check for the arguments after `--`; the command line below only prints the outcome. */
export async function run(args: readonly string[]): Promise<PackCheckOutcome> {
  const target = packPathFromArgs(args);
  if ('error' in target) return { exitCode: EXIT_UNREADABLE, stdout: [], stderr: [target.error] };
  let bytes: Buffer;
  try {
    bytes = readFileSync(target.path);
  } catch (error) {
    return unreadableFile(target.path, error);
  }
  return checkSignature(target.path, bytes, checkPackText(target.path, bytes.toString('utf8')));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outcome = await run(process.argv.slice(2));
  for (const line of outcome.stdout) process.stdout.write(`${line}\n`);
  for (const line of outcome.stderr) process.stderr.write(`${line}\n`);
  process.exitCode = outcome.exitCode;
}
