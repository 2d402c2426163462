/**
 * `npm run pack:check -- [FILE]`: checks a knowledge pack (default `public/knowledge.json`).
 * Prints a one-line summary and exits 0 when valid; prints every problem on stderr and exits 1
 * when invalid; exits 2 when the file cannot be read. The logic lives in src/knowledge/pack-check.ts.
 */
import { readFileSync } from 'node:fs';
import {
  checkPackText,
  EXIT_UNREADABLE,
  type PackCheckOutcome,
  packPathFromArgs,
  unreadableFile,
} from '../src/knowledge/pack-check';

function run(args: readonly string[]): PackCheckOutcome {
  const target = packPathFromArgs(args);
  if ('error' in target) return { exitCode: EXIT_UNREADABLE, stdout: [], stderr: [target.error] };
  let text: string;
  try {
    text = readFileSync(target.path, 'utf8');
  } catch (error) {
    return unreadableFile(target.path, error);
  }
  return checkPackText(target.path, text);
}

const outcome = run(process.argv.slice(2));
for (const line of outcome.stdout) process.stdout.write(`${line}\n`);
for (const line of outcome.stderr) process.stderr.write(`${line}\n`);
process.exitCode = outcome.exitCode;
