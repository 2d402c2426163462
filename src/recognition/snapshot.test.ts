import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../scripts/lib/synthetic-pack';
import { loadFixturePack, testEntity, testPack } from '../../tests/support/test-pack';
import { aliasRule, type Pack } from '../knowledge/schema';
import { parsePackText } from '../knowledge/validate';
import { compileRecognizer } from './index';
import { compileWithSnapshot, restoreRecognizer } from './snapshot';

function bundledPack(): Pack {
  const result = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('bundled pack invalid');
  return result.pack;
}

const FILLER = [
  'the',
  'said',
  'on',
  'Monday',
  'and',
  'talks',
  'in',
  'He',
  'The',
  '北京',
  '说',
  'TRADE',
  '—',
  "'s",
];

/** Texts made of a pack's alias texts (as written, upper, lower) and filler, with mixed spacing. */
function textArb(pack: Pack): fc.Arbitrary<string> {
  const aliases = pack.entities.flatMap((e) => e.aliases.map((a) => aliasRule(a).text)).slice(0, 400);
  const word = fc.oneof(
    fc.constantFrom(...aliases),
    fc.constantFrom(...aliases).map((a) => a.toUpperCase()),
    fc.constantFrom(...aliases).map((a) => a.toLowerCase()),
    fc.constantFrom(...FILLER),
  );
  const gap = fc.constantFrom(' ', ' ', ', ', '. ', '\n', '  ', '');
  return fc
    .array(fc.tuple(word, gap), { maxLength: 40 })
    .map((parts) => parts.map(([w, g]) => w + g).join(''));
}

function roundTrips(pack: Pack, runs: number): void {
  const { snapshot } = compileWithSnapshot(pack);
  // Stored and read back, as IndexedDB would (structured clone).
  const restored = restoreRecognizer(structuredClone(snapshot));
  expect(restored?.pack).toEqual(pack);
  const fresh = compileRecognizer(pack);
  fc.assert(
    fc.property(textArb(pack), (text) => {
      expect(restored?.recognizer.recognize(text)).toEqual(fresh.recognize(text));
    }),
    { numRuns: runs },
  );
}

// Property runs compile packs again and again: allow for a loaded machine.
describe('recognizer snapshots', { timeout: 60_000 }, () => {
  it('a restored recognizer finds the same mentions as a fresh compile — fixture pack', () => {
    roundTrips(loadFixturePack(), 200);
  });

  it('… the bundled pack (Latin and Chinese aliases, rules, titles)', () => {
    roundTrips(bundledPack(), 200);
  });

  it('… a 1,000-entity synthetic pack', () => {
    roundTrips(syntheticPack(1_000), 60);
  });

  it('… random small packs', () => {
    const aliasArb = fc.stringMatching(/^[A-Z][a-z]{1,6}( [A-Z][a-z]{1,6})?$/);
    const packArb = fc
      .uniqueArray(aliasArb, { minLength: 1, maxLength: 12 })
      .map((aliases) =>
        testPack(aliases.map((a, i) => testEntity(`e${i}`, i % 2 ? 'person' : 'organization', [a]))),
      );
    fc.assert(
      fc.property(packArb, fc.nat(), (pack, seed) => {
        const { snapshot } = compileWithSnapshot(pack);
        const restored = restoreRecognizer(structuredClone(snapshot));
        const text = fc.sample(textArb(pack), { seed, numRuns: 1 })[0] ?? '';
        expect(restored?.recognizer.recognize(text)).toEqual(compileRecognizer(pack).recognize(text));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses what is not a usable snapshot (another format, parts that do not fit)', () => {
    const { snapshot } = compileWithSnapshot(loadFixturePack());
    const [patterns, entries] = JSON.parse(snapshot.entriesJson) as [string[], { entity: number }[][]];
    const withEntries = (p: unknown, e: unknown) => ({ ...snapshot, entriesJson: JSON.stringify([p, e]) });
    expect(restoreRecognizer(undefined)).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot, format: 0 })).toBeUndefined();
    expect(restoreRecognizer(withEntries([...patterns, 'extra'], [...entries, []]))).toBeUndefined();
    expect(restoreRecognizer(withEntries([...patterns].reverse(), [...entries].reverse()))).toBeUndefined();
    const badEntity = entries.map((list) => list.map((e) => ({ ...e, entity: 9999 })));
    expect(restoreRecognizer(withEntries(patterns, badEntity))).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot, trie: { ...snapshot.trie, outPattern: [] } })).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot, packJson: '{' })).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot })).toBeDefined();
  });
});
