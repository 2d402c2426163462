/**
 * Chinese text for the recognition bench: the shipped recognizer (word trie + the Han-script
 * matcher of src/recognition/han.ts) on generated Chinese news-like prose, beside baselines
 * measured in the same run — a charCodeAt pass (the floor), one RegExp alternation of every Han
 * alias (finding only, no rules), and the recognizer compiled without the pack's Han aliases
 * (what Chinese text cost before they existed).
 */
import { aliasRule, type Pack } from '../../src/knowledge/schema';
import { compileRecognizer } from '../../src/recognition/index';
import type { BenchTable } from './types';

const TEXT_SIZES = [
  { label: '10 K chars', chars: 10_000 },
  { label: '1 M chars', chars: 1_000_000 },
];
/** One alias every ~this many words (a dense story page). */
const WORDS_PER_MENTION = 25;
const MIN_RUNS = 3;
const MIN_SAMPLE_MS = 300;
const MAX_RUNS = 200;
const WARM_UP_RUNS = 20;
const WARM_UP_CHARS = 20_000;
const HAN = /\p{Script=Han}/u;

/** Frequent words of Chinese news prose (both scripts), none of them part of a pack alias. */
const WORDS = (
  '表示 认为 今天 昨天 双方 会谈 关税 贸易 经济 合作 问题 方面 进行 发展 政府 官员 记者 报道 消息 ' +
  '北京 华盛顿 美国 中国 市场 企业 公司 投资 出口 管制 芯片 协议 谈判 框架 达成 宣布 计划 预计 继续 ' +
  '表示 認為 雙方 會談 關稅 貿易 經濟 問題 進行 發展 政府 官員 記者 報導 消息 市場 企業 晶片 協議 ' +
  '的 是 在 了 和 与 及 将 已 也 对 就 说 会 有 这 那 其 该 此 并 但 而 以 于 把 被 让 向 从'
).split(' ');
const GLUE = ['', '', '', '', '，', '。', '、', '：', '「', '」'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function hanAliases(pack: Pack): string[] {
  return pack.entities.flatMap((e) => e.aliases.map((a) => aliasRule(a).text).filter((t) => HAN.test(t)));
}

function withoutHanAliases(pack: Pack): Pack {
  return {
    ...pack,
    entities: pack.entities.map((e) => {
      const aliases = e.aliases.filter((a) => !HAN.test(aliasRule(a).text));
      return { ...e, aliases: aliases.length > 0 ? aliases : [e.name] };
    }),
  };
}

/** Chinese prose with a Han alias (or a Latin name) every ~WORDS_PER_MENTION words. */
export function chineseNewsText(chars: number, aliases: readonly string[], seed: number): string {
  const rnd = random(seed);
  const latin = ['TikTok', 'Nvidia', 'MGX', 'Oracle', 'Scott Bessent'];
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const r = rnd();
    const word =
      r < 1 / WORDS_PER_MENTION
        ? pick(aliases, rnd)
        : r < 1.2 / WORDS_PER_MENTION
          ? pick(latin, rnd)
          : pick(WORDS, rnd);
    const glue = pick(GLUE, rnd);
    parts.push(word, glue);
    length += word.length + glue.length;
  }
  return parts.join('').slice(0, chars);
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e3;
}

function timeMean(fn: () => unknown): number {
  const started = cpuMs();
  let runs = 0;
  while (runs < MIN_RUNS || (cpuMs() - started < MIN_SAMPLE_MS && runs < MAX_RUNS)) {
    fn();
    runs++;
  }
  return (cpuMs() - started) / runs;
}

function floorPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function hanRegExp(aliases: readonly string[]): RegExp {
  const alternation = [...new Set(aliases)]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(alternation, 'g');
}

function countRegExp(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}

const mbPerSecond = (chars: number, ms: number) => chars / 1e6 / (ms / 1e3);

export function chineseThroughputTable(bundled: Pack): BenchTable {
  const aliases = hanAliases(bundled);
  const recognizer = compileRecognizer(bundled);
  const latinOnly = compileRecognizer(withoutHanAliases(bundled));
  const re = hanRegExp(aliases);
  const warm = chineseNewsText(WARM_UP_CHARS, aliases, 1);
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    floorPass(warm);
    recognizer.recognize(warm);
    latinOnly.recognize(warm);
    countRegExp(re, warm);
  }
  const rows = TEXT_SIZES.map((size) => {
    const text = chineseNewsText(size.chars, aliases, size.chars);
    let mentions = 0;
    const floorMs = timeMean(() => floorPass(text));
    const recogMs = timeMean(() => {
      mentions = recognizer.recognize(text).length;
    });
    const latinMs = timeMean(() => latinOnly.recognize(text));
    const regexpMs = timeMean(() => countRegExp(re, text));
    return [
      size.label,
      mbPerSecond(text.length, floorMs),
      mbPerSecond(text.length, recogMs),
      mbPerSecond(text.length, latinMs),
      mbPerSecond(text.length, regexpMs),
      recogMs / floorMs,
      regexpMs / recogMs,
      recogMs / latinMs,
      mentions,
    ];
  });
  return {
    title: 'Chinese text (bundled pack: Han aliases + Latin names in Chinese prose)',
    columns: [
      'text',
      'floor MB/s',
      'recog MB/s',
      'no-Han MB/s',
      'RegExp MB/s',
      'recog/floor',
      'recog÷RegExp',
      'recog/no-Han',
      'mentions',
    ],
    rows,
    notes: [
      'MB = 10^6 UTF-16 chars. Generated Simplified and Traditional news words, one Han alias every ~25 words, a Latin name every ~125.',
      'recog = shipped recognizer; no-Han = the same pack without its Han aliases (the word-based path alone on Chinese text);',
      'RegExp = one alternation of every Han alias, finding only (no segmenter, no rules, no titles). recog÷RegExp > 1: recog faster.',
    ],
  };
}
