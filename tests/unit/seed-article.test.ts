/**
 * The seed article (read at runtime from ../shared/seed-article.txt beside the repo, never
 * copied): every required entity it names is found with the bundled pack, no trap matches, and
 * compromise reports the analyst it quotes as an unknown name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';
import { unknownNames } from '../../src/recognition/unknown-names';

const SEED_PATH = fileURLToPath(new URL('../../../shared/seed-article.txt', import.meta.url));

/** Entities the seed article names (by full name, surname, or description). */
const NAMED_IN_ARTICLE = [
  'scott-bessent',
  'he-lifeng',
  'donald-trump',
  'xi-jinping',
  'tiktok',
  'bytedance',
  'nvidia',
  'madrid',
  'mofcom',
];
/** Texts that must never be a mention on their own. */
const TRAP_TEXTS = ['He', 'he', 'trump', 'treasury', 'Treasury', 'Secretary'];

function readSeed(): string {
  if (!existsSync(SEED_PATH)) {
    throw new Error(`seed article missing: expected ${SEED_PATH} (the shared folder beside the repo)`);
  }
  return readFileSync(SEED_PATH, 'utf8');
}

describe('seed article', () => {
  const text = readSeed();
  const mentions = compileRecognizer(loadPackFile()).recognize(text);
  const entities = new Set(mentions.map((m) => m.entity));

  it.each(NAMED_IN_ARTICLE)('finds %s', (id) => {
    expect(entities).toContain(id);
  });

  it('reads "Treasury Secretary Scott Bessent" as one mention of Scott Bessent', () => {
    const at = text.indexOf('Treasury Secretary Scott Bessent');
    expect(at).toBeGreaterThanOrEqual(0);
    const inTitle = mentions.filter(
      (m) => m.start < at + 'Treasury Secretary Scott Bessent'.length && m.end > at,
    );
    expect(inTitle.map((m) => [m.entity, m.text])).toEqual([['scott-bessent', 'Scott Bessent']]);
  });

  it('matches no trap', () => {
    for (const m of mentions) expect(TRAP_TEXTS).not.toContain(m.text);
    const heMentions = mentions.filter((m) => m.entity === 'he-lifeng');
    for (const m of heMentions) expect(m.text).toMatch(/He Lifeng$/);
  });

  it('every mention equals its slice of the article', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lists the quoted analyst Chris Messer among unknown names, and no known name', () => {
    const names = unknownNames(text, mentions);
    expect(names).toContainEqual({ text: 'Chris Messer', kind: 'person' });
    const known = new Set(mentions.map((m) => m.text));
    for (const n of names) expect(known).not.toContain(n.text);
  });
});
