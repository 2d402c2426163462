/**
 * Recognition benchmark: throughput of compileRecognizer(pack).recognize(text) (default word-trie
 * matcher, and the Aho–Corasick matcher for comparison) on generated
 * news-like text (10 KB, 1 MB, 10 MB) with the bundled pack and a 10,000-entity synthetic pack,
 * beside two baselines measured in the same run — a single charCodeAt pass (the floor) and one
 * RegExp alternation of every alias (escaped, longest first, letter/digit look-arounds, `gu`).
 * Also: compile time per pack, Chinese text (chinese-text.ts), and unknownNames (compromise) on
 * ~1,000-word articles.
 */
import { readFileSync } from 'node:fs';
import { aliasCase, aliasRule, type Pack } from '../../src/knowledge/schema';
import { charTables } from '../../src/recognition/chars';
import { compileAliases, compileRecognizer } from '../../src/recognition/index';
import { unknownNames } from '../../src/recognition/unknown-names';
import { buildWordTrie } from '../../src/recognition/word-trie';
import { buildAutomaton } from '../lib/automaton';
import { loadPackFile } from '../lib/load-pack-file';
import { syntheticPack } from '../lib/synthetic-pack';
import { chineseThroughputTable } from './chinese-text';
import type { BenchModule, BenchTable } from './types';

export const SYNTHETIC_ENTITIES = 10_000;
export const TEXT_SIZES = [
  { label: '10 KB', chars: 10_000 },
  { label: '1 MB', chars: 1_000_000 },
  { label: '10 MB', chars: 10_000_000 },
];
const WORDS_PER_MENTION = 40;
const MIN_SAMPLE_MS = 300;
const MIN_RUNS = 3;
export const WARM_UP_CHARS = 50_000;
const WARM_UP_RUNS = 30;
const MAX_RUNS = 200;
/** RegExp gets this much time per cell; its MB/s is measured on the part it got through. */
const REGEXP_BUDGET_MS = 3_000;
const ARTICLE_WORDS = 1_000;
const SEED_ARTICLE = new URL('../../../shared/seed-article.txt', import.meta.url);

export const NEWS_WORDS = (
  'the of and to in a said on for that with as by at from its was has have be will officials talks ' +
  'trade tariffs deal market chips export week Monday Tuesday percent billion sources according ' +
  'Beijing Washington government ministry statement analysts investors shares rose fell after before ' +
  'while new agreement deadline security data app users company companies country countries economy ' +
  'We They It This The In On A An US China American Chinese Friday month year policy review license'
).split(' ');
const FIRST_NAMES = ['Maria', 'James', 'Ana', 'Robert', 'Mei', 'Daniel', 'Sofia', 'Ahmed', 'Laura', 'Kenji'];
const LAST_NAMES = [
  'Lopez',
  'Carter',
  'Novak',
  'Okafor',
  'Lindqvist',
  'Brennan',
  'Tanaka',
  'Haddad',
  'Moreau',
];
const ORGS = ['Goldman Sachs', 'Morgan Stanley', 'the World Bank', 'Microsoft', 'the European Commission'];

/** mulberry32: small deterministic PRNG so every run benchmarks the same text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function pick<T>(items: readonly T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

/** Aliases usable anywhere (no afterFullName, so they count without context). */
export function sprinkleAliases(pack: Pack): string[] {
  return pack.entities.flatMap((e) =>
    e.aliases
      .map(aliasRule)
      .filter((a) => a.afterFullName !== true)
      .map((a) => a.text),
  );
}

/** News-like words with an alias every ~WORDS_PER_MENTION words, cut to `chars`. */
export function newsText(chars: number, aliases: readonly string[], seed: number): string {
  const rnd = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const word = rnd() < 1 / WORDS_PER_MENTION ? pick(aliases, rnd) : pick(NEWS_WORDS, rnd);
    const r = rnd();
    const glue = r < 0.06 ? '. ' : r < 0.12 ? ', ' : r < 0.13 ? '.\n' : ' ';
    parts.push(word, glue);
    length += word.length + glue.length;
  }
  return parts.join('').slice(0, chars);
}

/** ~ARTICLE_WORDS words of prose with quoted people and organizations, for compromise. */
function articleText(seed: number): string {
  const rnd = random(seed);
  const sentences: string[] = [];
  let words = 0;
  while (words < ARTICLE_WORDS) {
    const filler = Array.from({ length: 12 }, () => pick(NEWS_WORDS, rnd).toLowerCase()).join(' ');
    const who = `${pick(FIRST_NAMES, rnd)} ${pick(LAST_NAMES, rnd)}`;
    const sentence =
      rnd() < 0.5
        ? `"The ${filler}," said ${who}, an analyst at ${pick(ORGS, rnd)}.`
        : `${who} told reporters that ${filler}.`;
    sentences.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  return sentences.join(' ');
}

function floorPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of every alias (as written, plus ALL CAPS where the case rule allows). */
function aliasRegExp(pack: Pack): RegExp {
  const forms = new Set<string>();
  for (const entity of pack.entities) {
    for (const alias of entity.aliases.map(aliasRule)) {
      forms.add(alias.text);
      if (aliasCase(alias, entity.type) === 'exact-or-upper') forms.add(alias.text.toUpperCase());
    }
  }
  const alternation = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Milliseconds of this process's CPU time (user + system) — steadier than wall time on a shared box. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e3;
}

/** Mean CPU milliseconds per call over at least MIN_RUNS calls and MIN_SAMPLE_MS of CPU time. */
function timeMedian(fn: () => unknown): number {
  const started = cpuMs();
  let runs = 0;
  while (runs < MIN_RUNS || (cpuMs() - started < MIN_SAMPLE_MS && runs < MAX_RUNS)) {
    fn();
    runs++;
  }
  return (cpuMs() - started) / runs;
}

/** RegExp throughput within REGEXP_BUDGET_MS of CPU time: chars scanned per ms. */
function regExpThroughput(re: RegExp, text: string): { charsPerMs: number; complete: boolean } {
  re.lastIndex = 0;
  const started = cpuMs();
  let scanned = 0;
  let elapsed = 0;
  for (;;) {
    const match = re.exec(text);
    elapsed = cpuMs() - started;
    if (match === null) {
      scanned = text.length;
      break;
    }
    scanned = re.lastIndex;
    if (elapsed > REGEXP_BUDGET_MS) break;
  }
  return { charsPerMs: scanned / Math.max(elapsed, 1e-3), complete: scanned === text.length };
}

const mbPerSecond = (chars: number, ms: number) => chars / 1e6 / (ms / 1e3);

function throughputTable(packs: { label: string; pack: Pack }[]): BenchTable {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const { label, pack } of packs) {
    const recognizer = compileRecognizer(pack);
    const ahoCorasick = compileRecognizer(pack, { buildMatcher: buildAutomaton });
    const re = aliasRegExp(pack);
    const aliases = sprinkleAliases(pack);
    // Let V8 optimize every contender before timing (first calls run unoptimized code).
    const warmText = newsText(WARM_UP_CHARS, aliases, 1);
    for (let i = 0; i < WARM_UP_RUNS; i++) {
      floorPass(warmText);
      recognizer.recognize(warmText);
      ahoCorasick.recognize(warmText);
      regExpThroughput(re, warmText);
    }
    for (const size of TEXT_SIZES) {
      const text = newsText(size.chars, aliases, size.chars);
      const floorMs = timeMedian(() => floorPass(text));
      let mentionCount = 0;
      const recognizeMs = timeMedian(() => {
        mentionCount = recognizer.recognize(text).length;
      });
      const ahoCorasickMs = timeMedian(() => ahoCorasick.recognize(text));
      const regexp = regExpThroughput(re, text);
      const regexpMbS = regexp.charsPerMs / 1e3;
      const recognizerMbS = mbPerSecond(text.length, recognizeMs);
      if (!regexp.complete) {
        notes.push(
          `${label} ${size.label}: RegExp stopped after ${REGEXP_BUDGET_MS / 1e3} s (MB/s of the part scanned).`,
        );
      }
      rows.push([
        label,
        pack.entities.length,
        size.label,
        mbPerSecond(text.length, floorMs),
        recognizerMbS,
        mbPerSecond(text.length, ahoCorasickMs),
        regexpMbS,
        recognizeMs / floorMs,
        recognizerMbS / regexpMbS,
        mentionCount,
      ]);
    }
  }
  notes.push(
    'MB = 10^6 UTF-16 chars (the text is ASCII). Process CPU time (user+system), mean over >= 3 runs and >= 300 ms, after a warm-up.',
  );
  notes.push(
    'recog = shipped recognizer (word-anchored trie); AC = same recognizer with the Aho–Corasick matcher.',
  );
  notes.push(
    'recog/floor = times slower than one charCodeAt pass; recog÷RegExp = times faster than the RegExp.',
  );
  return {
    title: 'Recognition throughput (full recognize(): matching + rules + titles)',
    columns: [
      'pack',
      'entities',
      'text',
      'floor MB/s',
      'recog MB/s',
      'AC MB/s',
      'RegExp MB/s',
      'recog/floor',
      'recog÷RegExp',
      'mentions',
    ],
    rows,
    notes,
  };
}

function compileTable(packs: { label: string; pack: Pack }[]): BenchTable {
  const rows = packs.map(({ label, pack }) => {
    const compiled = compileAliases(pack);
    const trie = buildWordTrie(compiled.patterns);
    // The first `recognize` builds the per-entity tables, part of compiling.
    const compileMs = timeMedian(() => compileRecognizer(pack).recognize(''));
    const ahoCorasickMs = timeMedian(() =>
      compileRecognizer(pack, { buildMatcher: buildAutomaton }).recognize(''),
    );
    const regexpMs = timeMedian(() => {
      const re = aliasRegExp(pack);
      re.exec('warm up the RegExp compiler'); // V8 compiles a RegExp on first use
    });
    return [
      label,
      pack.entities.length,
      compiled.patterns.length,
      trie.stateCount,
      compileMs,
      ahoCorasickMs,
      regexpMs,
    ];
  });
  return {
    title: 'Compile time',
    columns: ['pack', 'entities', 'patterns', 'trie states', 'recog ms', 'AC ms', 'RegExp ms'],
    rows,
    notes: ['Character tables (65,536 entries, built once per process) are warmed before timing.'],
  };
}

function unknownNamesTable(bundled: Pack): BenchTable {
  const recognizer = compileRecognizer(bundled);
  const texts: { label: string; text: string }[] = [{ label: 'generated article', text: articleText(7) }];
  try {
    texts.push({ label: 'seed article', text: readFileSync(SEED_ARTICLE, 'utf8') });
  } catch {
    // ../shared is optional for the bench; the generated article is always measured.
  }
  unknownNames('Warm up compromise, said Maria Lopez.', []);
  const rows = texts.map(({ label, text }) => {
    const mentions = recognizer.recognize(text);
    let count = 0;
    const ms = timeMedian(() => {
      count = unknownNames(text, mentions).length;
    });
    return [label, text.split(/\s+/).length, ms, count];
  });
  return {
    title: 'unknownNames (compromise)',
    columns: ['text', 'words', 'ms', 'names'],
    rows,
    notes: ['Runs in the background / Node only, never on the page main thread.'],
  };
}

export const bench: BenchModule = {
  name: 'recognition',
  description:
    'recognizer (word trie; Aho–Corasick variant) vs a charCodeAt floor and a RegExp alternation; compile; unknownNames',
  run() {
    charTables();
    const bundled = loadPackFile();
    const packs = [
      { label: 'bundled', pack: bundled },
      { label: 'synthetic', pack: syntheticPack(SYNTHETIC_ENTITIES) },
    ];
    return [
      compileTable(packs),
      throughputTable(packs),
      chineseThroughputTable(bundled),
      unknownNamesTable(bundled),
    ];
  },
};
