/**
 * `npx tsx scripts/measure-coreference.ts` — the coreference decision of docs/recognition.md:
 * precision/recall on the wild and story dev sets, and time per passage, when coreference takes
 * other people's full names from name structure (capitalized name words next to a pack surname,
 * the shipped way) or from compromise's people() (background-only, heavy).
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { compileRecognizer, type Recognizer } from '../src/recognition/index';
import type { FullNameSpan } from '../src/recognition/page-rules';
import { describeScore, type LabeledPassage, scorePassages } from '../tests/unit/recognition-scoring';
import { loadPackFile } from './lib/load-pack-file';

type Passage = LabeledPassage & { split?: string };
type TermJson = { offset?: { start: number; length: number } };

const MIN_NAME_WORDS = 2;

function compromiseFullNames(text: string): FullNameSpan[] {
  const people = nlp(text).people().json({ offset: true }) as { terms?: TermJson[] }[];
  return people.flatMap((match) => {
    const offsets = (match.terms ?? []).flatMap((t) => (t.offset ? [t.offset] : []));
    if (offsets.length < MIN_NAME_WORDS) return [];
    const first = offsets[0] as { start: number };
    const last = offsets[offsets.length - 1] as { start: number; length: number };
    return [{ start: first.start, end: last.start + last.length }];
  });
}

function load(name: string): Passage[] {
  return JSON.parse(readFileSync(new URL(`../tests/fixtures/recognition/${name}`, import.meta.url), 'utf8'));
}

function measure(label: string, recognizer: Recognizer, passages: Passage[]): void {
  const recognize = (text: string) => recognizer.recognize(text);
  for (const text of passages.slice(0, 5).map((p) => p.text)) recognize(text); // warm up
  const started = performance.now();
  const score = scorePassages(passages, recognize);
  const ms = (performance.now() - started) / passages.length;
  console.log(describeScore(`${label} (${ms.toFixed(2)} ms/passage)`, { ...score, misses: [] }));
}

const pack = loadPackFile();
const shipped = compileRecognizer(pack);
const withCompromise = compileRecognizer(pack, { fullNames: compromiseFullNames });
const wild = load('wild-dev.json');
const story = load('dev-set.json');
for (const [label, recognizer] of [
  ['name structure', shipped],
  ['compromise people()', withCompromise],
] as const) {
  measure(`wild, ${label}`, recognizer, wild);
  measure(
    `wild tune, ${label}`,
    recognizer,
    wild.filter((p) => p.split === 'tune'),
  );
  measure(
    `wild holdout, ${label}`,
    recognizer,
    wild.filter((p) => p.split === 'holdout'),
  );
  measure(`story dev set, ${label}`, recognizer, story);
}
