/**
 * The background recognizes with the reader's packs merged into one lexicon (knowledge/merge.ts),
 * not with the pack file the dev-set tests compile. Every language rule must see the same
 * entities there: a rule that reads a field the lexicon drops (a person's gender from the facts,
 * `related`, the Chinese descriptions) would pass the dev sets and do nothing in the extension.
 * Over every passage of the three dev sets, the merged lexicon of the bundled pack finds exactly
 * what the bundled pack finds, under qualified ids.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconOf, mergeLexicons } from '../../src/knowledge/merge';
import { parsePackText } from '../../src/knowledge/validate';
import { compileRecognizer } from '../../src/recognition/index';
import type { Mention } from '../../src/recognition/mention';
import { compileWithSnapshot, entityNamesOf, restoreRecognizer } from '../../src/recognition/snapshot';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const parsed = parsePackText(read('../../public/knowledge.json'));
if (!parsed.ok) throw new Error('the bundled pack does not validate; see bundled-pack.test.ts');
const bundled = parsed.pack;

const passages: { id: string; text: string }[] = ['wild-dev.json', 'dev-set.json', 'zh-dev.json'].flatMap(
  (file) => JSON.parse(read(`../fixtures/recognition/${file}`)),
);

const shape = (mentions: Mention[], prefix: string) =>
  mentions.map((m) => `${m.start}-${m.end} ${prefix}${m.entity}`);

describe('the merged lexicon the background compiles', () => {
  const direct = compileRecognizer(bundled);
  const mergedPack = mergeLexicons([lexiconOf(bundled)]).pack;
  const merged = compileRecognizer(mergedPack);
  // What a woken background restores from its cache instead of compiling.
  const restored = restoreRecognizer(
    structuredClone(compileWithSnapshot(mergedPack).snapshot),
    entityNamesOf(mergedPack),
  )?.recognizer;

  it('keeps what the language rules read: gender, qualified related ids, translations', () => {
    const { pack } = mergeLexicons([lexiconOf(bundled)]);
    const trump = pack.entities.find(
      (e) => e.id === `${bundled.id}/donald-trump`,
    ) as (typeof pack.entities)[0] & {
      gender?: string;
    };
    expect(trump.gender).toBe('male');
    expect(trump.translations?.['zh-Hans']?.name).toBe('唐纳德·特朗普');
    const related = pack.entities.flatMap((e) => e.related ?? []);
    expect(related.length).toBeGreaterThan(0);
    for (const id of related) expect(id.startsWith(`${bundled.id}/`), id).toBe(true);
  });

  it(`finds in each of ${passages.length} dev-set passages exactly what the pack file finds, compiled or restored`, () => {
    expect(passages.length).toBeGreaterThan(300);
    if (!restored) throw new Error('the snapshot of the merged lexicon did not restore');
    for (const passage of passages) {
      const expected = shape(direct.recognize(passage.text), `${bundled.id}/`);
      expect(shape(merged.recognize(passage.text), ''), passage.id).toEqual(expected);
      expect(shape(restored.recognize(passage.text), ''), `${passage.id} (restored)`).toEqual(expected);
    }
  });
});
