/**
 * Node only (tests, annotate, bench): read and validate a knowledge pack file. Never import this
 * from extension code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../../src/knowledge/schema';
import { formatProblem, parsePackText } from '../../src/knowledge/validate';

/** The pack the extension ships. */
export const BUNDLED_PACK_PATH = fileURLToPath(new URL('../../public/knowledge.json', import.meta.url));

/** Reads and validates a pack; throws one Error listing every problem (file path first). */
export function loadPackFile(path: string = BUNDLED_PACK_PATH): Pack {
  const result = parsePackText(readFileSync(path, 'utf8'));
  if (!result.ok) {
    throw new Error(`${path}: invalid knowledge pack:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.pack;
}
