/**
 * Hostile input for recognition: random text (lone surrogates, RTL, combining marks, NUL,
 * zero-width characters, ALL CAPS and lower-case aliases, aliases glued to letters) into the
 * bundled pack's recognizer. Every answer must be a valid mention list: in bounds, sorted,
 * non-overlapping, `text` equal to the slice, entity ids from the pack. Plus a 100 KB text and a
 * 10,000-entity synthetic pack (how long they take is measured by `npm run bench`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { syntheticPack } from '../../scripts/lib/synthetic-pack';
import { aliasRule } from '../../src/knowledge/schema';
import { validatePack } from '../../src/knowledge/validate';
import { compileRecognizer, type Mention } from '../../src/recognition/index';

const RUNS = 300;
const pack = loadPackFile();
const recognizer = compileRecognizer(pack);
const entityIds = new Set(pack.entities.map((e) => e.id));
const aliases = pack.entities.flatMap((e) => e.aliases.map((a) => aliasRule(a).text));

/** What is wrong with each mention, one line per break; none for a valid list. */
function mentionProblems(text: string, mentions: Mention[], ids: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const [i, m] of mentions.entries()) {
    const at = `mention ${i} (${m.start}-${m.end}, ${JSON.stringify(m.text)})`;
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) problems.push(`${at}: not integer offsets`);
    if (m.start < previousEnd)
      problems.push(`${at}: starts before the end of the one before (${previousEnd})`);
    if (m.end <= m.start) problems.push(`${at}: empty or reversed`);
    if (m.end > text.length) problems.push(`${at}: ends past the text (${text.length})`);
    if (m.text !== text.slice(m.start, m.end)) problems.push(`${at}: text is not the slice`);
    if (!ids.has(m.entity)) problems.push(`${at}: unknown entity ${m.entity}`);
    previousEnd = m.end;
  }
  return problems;
}

/** One assertion per list, not six per mention (docs/testing.md, suite11g). */
function expectValidMentions(text: string, mentions: Mention[], ids: ReadonlySet<string> = entityIds): void {
  expect(mentionProblems(text, mentions, ids)).toEqual([]);
}

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...aliases) },
  fc.constantFrom(...aliases).map((a) => a.toUpperCase()),
  fc.constantFrom(...aliases).map((a) => a.toLowerCase()),
  fc.constantFrom(...aliases).map((a) => `x${a}`),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(
    '\uD800',
    '\uDFFF',
    '\u200B',
    '\u200D',
    '\u00AD',
    '\u0301',
    '\u202E',
    'وزير الخزانة ',
    'ש',
    '\0',
    '’s',
    "'s",
    '-',
    '. ',
    '\n',
    '\u00A0',
    '\t',
    'Treasury yields',
    'Real Madrid',
  ),
);
const hostileText = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(' '));
const gluedText = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

describe('recognize under hostile text', () => {
  it('returns valid mentions for random text built around real aliases', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, gluedText), (text) => {
        expectValidMentions(text, recognizer.recognize(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('still finds a plain alias after hostile text', () => {
    fc.assert(
      fc.property(hostileText, (prefix) => {
        const text = `${prefix}\n\nNvidia said on Monday.`;
        const mentions = recognizer.recognize(text);
        expectValidMentions(text, mentions);
        expect(
          mentions.some((m) => m.text === 'Nvidia' && m.end === text.length - ' said on Monday.'.length),
        ).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('handles 100 KB of mixed hostile text', () => {
    const text = fc
      .sample(hostileText, { numRuns: 2_000, seed: 42 })
      .join('\n')
      .slice(0, 100_000)
      .padEnd(100_000, '\uD800');
    expect(text.length).toBe(100_000);
    expectValidMentions(text, recognizer.recognize(text));
  });
});

describe('a 10,000-entity synthetic pack', () => {
  // How long validation and compiling take is measured by `npm run bench -- --only recognition`.
  it('validates, compiles and recognizes', () => {
    const big = syntheticPack(10_000);
    const result = validatePack(big);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    const compiled = compileRecognizer(big);
    const first = big.entities[0];
    const alias = first ? aliasRule(first.aliases[0] ?? '').text : '';
    const text = `Reports say ${alias} met officials.`;
    const mentions = compiled.recognize(text);
    expectValidMentions(text, mentions, new Set(big.entities.map((e) => e.id)));
    expect(mentions.map((m) => m.text)).toContain(alias);
  });
});
