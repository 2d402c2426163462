/**
 * Precision/recall of recognition with the BUNDLED pack over the hand-written dev set
 * (tests/fixtures/recognition/dev-set.json), scored by recognition-scoring.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { compileRecognizer } from '../../src/recognition/index';
import { describeScore, type LabeledPassage, scorePassages } from './recognition-scoring';

type Passage = LabeledPassage & { rule: string };

/**
 * The story dev set's floor, as the whole-web work requires (P 1.000, R 0.985). One passage stays
 * below it on purpose: "CFIUS reviewed the deal…" names only an organization's acronym with nothing
 * else of the story beside it, and an acronym alone is weak (acronyms.ts), because on the wider web
 * the same letters name other things ("the SAMR model", "Nvidia's MGX platform"). Measured 76 of 77.
 */
const MIN_PRECISION = 1;
const MIN_RECALL = 0.985;
const MIN_PASSAGES = 40;

const devSet: Passage[] = JSON.parse(
  readFileSync(new URL('../fixtures/recognition/dev-set.json', import.meta.url), 'utf8'),
);

describe('dev set with the bundled pack', () => {
  const recognizer = compileRecognizer(loadPackFile());

  it(`holds at least ${MIN_PASSAGES} passages covering every rule`, () => {
    expect(devSet.length).toBeGreaterThanOrEqual(MIN_PASSAGES);
    const rules = new Set(devSet.map((p) => p.rule));
    for (const rule of [
      'basic',
      'case',
      'boundaries',
      'longest',
      'titles',
      'afterFullName',
      'notFollowedBy',
      'notPrecededBy',
      'notInSentenceWith',
      'trap',
      'weak-evidence',
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it(`reaches precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}`, () => {
    const score = scorePassages(devSet, (text) => recognizer.recognize(text));
    console.log(describeScore('dev set', score));
    expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
