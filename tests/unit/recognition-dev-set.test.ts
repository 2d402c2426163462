/**
 * Precision/recall of recognition with the BUNDLED pack over the hand-written dev set
 * (tests/fixtures/recognition/dev-set.json). A predicted mention counts as correct when it has the
 * expected entity and its text contains, or is contained in, the expected text (so a title the
 * pack folds in, like "Vice Premier He Lifeng", still matches "He Lifeng"), in occurrence order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRecogniser, type Mention } from '../../src/recognition/index';
import { loadPackFile } from '../../src/recognition/load-pack-file';

type Expected = { entity: string; text: string };
type Passage = { id: string; rule: string; text: string; expected: Expected[] };

const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;
const MIN_PASSAGES = 40;

const devSet: Passage[] = JSON.parse(
  readFileSync(new URL('../fixtures/recognition/dev-set.json', import.meta.url), 'utf8'),
);

function sameMention(predicted: Mention, expected: Expected): boolean {
  return (
    predicted.entity === expected.entity &&
    (predicted.text.includes(expected.text) || expected.text.includes(predicted.text))
  );
}

/** Longest common subsequence length: matches that also respect occurrence order. */
function orderedMatches(predicted: Mention[], expected: Expected[]): number {
  const table: number[][] = Array.from({ length: predicted.length + 1 }, () =>
    new Array<number>(expected.length + 1).fill(0),
  );
  for (let i = 1; i <= predicted.length; i++) {
    for (let j = 1; j <= expected.length; j++) {
      const row = table[i] as number[];
      const above = table[i - 1] as number[];
      row[j] = sameMention(predicted[i - 1] as Mention, expected[j - 1] as Expected)
        ? (above[j - 1] as number) + 1
        : Math.max(above[j] as number, row[j - 1] as number);
    }
  }
  return (table[predicted.length] as number[])[expected.length] as number;
}

describe('dev set with the bundled pack', () => {
  const recogniser = compileRecogniser(loadPackFile());

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
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it(`reaches precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}`, () => {
    let truePositives = 0;
    let predictedCount = 0;
    let expectedCount = 0;
    const misses: string[] = [];
    for (const passage of devSet) {
      const predicted = recogniser.recognise(passage.text);
      const hits = orderedMatches(predicted, passage.expected);
      truePositives += hits;
      predictedCount += predicted.length;
      expectedCount += passage.expected.length;
      if (hits !== predicted.length || hits !== passage.expected.length) {
        misses.push(
          `${passage.id}: got ${JSON.stringify(predicted.map((m) => [m.entity, m.text]))}, want ${JSON.stringify(
            passage.expected.map((e) => [e.entity, e.text]),
          )}`,
        );
      }
    }
    const precision = predictedCount === 0 ? 1 : truePositives / predictedCount;
    const recall = expectedCount === 0 ? 1 : truePositives / expectedCount;
    console.log(
      `dev set: ${devSet.length} passages, ${expectedCount} expected, ${predictedCount} predicted, ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (misses.length > 0 ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
