/**
 * Precision/recall of recognition over hand-labeled passages, shared by the dev-set tests.
 * A predicted mention counts as correct when it has the expected entity and its text contains,
 * or is contained in, the expected text (so a title the recognizer folds in, like
 * "Vice Premier He Lifeng", still matches "He Lifeng"), in occurrence order.
 */
import type { Mention } from '../../src/recognition/index';

export type Expected = { entity: string; text: string };
export type LabeledPassage = { id: string; text: string; expected: Expected[] };
export type Score = {
  passages: number;
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  /** One line per passage whose prediction differs from its labels. */
  misses: string[];
};

function sameMention(predicted: Mention, expected: Expected): boolean {
  return (
    predicted.entity === expected.entity &&
    (predicted.text.includes(expected.text) || expected.text.includes(predicted.text))
  );
}

/** Longest common subsequence length: matches that also respect occurrence order. */
export function orderedMatches(predicted: readonly Mention[], expected: readonly Expected[]): number {
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

export function scorePassages(
  passages: readonly LabeledPassage[],
  recognize: (text: string) => Mention[],
): Score {
  let truePositives = 0;
  let predictedCount = 0;
  let expectedCount = 0;
  const misses: string[] = [];
  for (const passage of passages) {
    const predicted = recognize(passage.text);
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
  return {
    passages: passages.length,
    truePositives,
    predicted: predictedCount,
    expected: expectedCount,
    precision: predictedCount === 0 ? 1 : truePositives / predictedCount,
    recall: expectedCount === 0 ? 1 : truePositives / expectedCount,
    misses,
  };
}

/** One printable summary line (plus the misses, one per line). */
export function describeScore(label: string, score: Score): string {
  return (
    `${label}: ${score.passages} passages, ${score.expected} expected, ${score.predicted} predicted, ` +
    `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}` +
    (score.misses.length > 0 ? `\n  ${score.misses.join('\n  ')}` : '')
  );
}
