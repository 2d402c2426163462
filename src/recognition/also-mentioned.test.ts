import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALSO_MENTIONED_MAX_CHARS, alsoMentionedNames, PIECE_CHARS, textPieces } from './also-mentioned';
import { unknownNames } from './unknown-names';

const noMentions = () => [];
const noPause = async () => {};

/** An article of our own: people and organizations the pack does not know, over many paragraphs. */
const PARAGRAPHS = [
  'Maria Delgado, an economist at Harborview Partners, said the pause helped exporters.',
  'Officials at the Lakeside Shipping Council met Tomas Brennan on Friday.',
  'Analysts at Northgate Capital expect Priya Raman to lead the review.',
  'Yusuf Okafor of the Meridian Port Authority declined to comment.',
];
function article(repeats: number): string {
  return Array.from({ length: repeats }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n');
}

describe('textPieces', () => {
  it('covers the text with consecutive pieces no longer than the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000 }), fc.integer({ min: 1, max: 400 }), (text, max) => {
        const pieces = textPieces(text, max);
        let at = 0;
        for (const piece of pieces) {
          expect(piece.start).toBe(at);
          expect(piece.end).toBeGreaterThan(piece.start);
          expect(piece.end - piece.start).toBeLessThanOrEqual(max);
          at = piece.end;
        }
        expect(at).toBe(text.length);
      }),
    );
  });

  it('cuts after a line break when one is in reach, else after a sentence, else after a space', () => {
    expect(textPieces('aaaa bbbb\ncccc dddd', 12)).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 19 },
    ]);
    expect(textPieces('Aaa bb. Ccc dd eee', 12)).toEqual([
      { start: 0, end: 8 },
      { start: 8, end: 18 },
    ]);
    expect(textPieces('aaaa bbbb cccc', 12)).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 14 },
    ]);
    expect(textPieces('x'.repeat(25), 10).map((p) => p.end)).toEqual([10, 20, 25]);
  });
});

// compromise is slow on a loaded machine: the unit project's 300 s hang deadline applies
// (vitest.config.ts), not a shorter one of this file's.
describe('alsoMentionedNames', () => {
  it('finds what unknownNames finds in one pass over the same (capped) text', async () => {
    const text = article(40);
    const expected = unknownNames(text, []).slice(0, 30);
    expect(expected.map((n) => n.text)).toContain('Maria Delgado');
    await expect(alsoMentionedNames(text, noMentions, { pause: noPause, pieceChars: 300 })).resolves.toEqual(
      expected,
    );
  });

  it('lists the people written in the test, then the organizations, each once', async () => {
    const names = await alsoMentionedNames(article(12), noMentions, { pause: noPause, pieceChars: 200 });
    const people = names.filter((n) => n.kind === 'person').map((n) => n.text);
    expect(people).toEqual(['Maria Delgado', 'Tomas Brennan', 'Yusuf Okafor']);
    const firstOrganization = names.findIndex((n) => n.kind === 'organization');
    expect(firstOrganization).toBe(people.length);
  });

  it('sees only the first maxChars characters', async () => {
    const text = `${'Nothing to see here.\n'.repeat(30)}Maria Delgado spoke.`;
    await expect(alsoMentionedNames(text, noMentions, { pause: noPause, maxChars: 600 })).resolves.toEqual(
      [],
    );
    await expect(alsoMentionedNames(text, noMentions, { pause: noPause, maxChars: 700 })).resolves.toEqual([
      { text: 'Maria Delgado', kind: 'person' },
    ]);
  });

  it('pauses before every piece, each piece at most PIECE_CHARS long, up to ALSO_MENTIONED_MAX_CHARS', async () => {
    const text = article(200);
    const seen: number[] = [];
    let pauses = 0;
    await alsoMentionedNames(
      text,
      (piece) => {
        seen.push(piece.length);
        return [];
      },
      { pause: async () => void pauses++, limit: 1_000 },
    );
    expect(seen.length).toBe(pauses);
    expect(seen.length).toBeGreaterThan(1);
    expect(Math.max(...seen)).toBeLessThanOrEqual(PIECE_CHARS);
    expect(seen.reduce((a, b) => a + b, 0)).toBe(Math.min(text.length, ALSO_MENTIONED_MAX_CHARS));
  });

  it('stops at the next pause once aborted, and rejects with an AbortError', async () => {
    const controller = new AbortController();
    let pieces = 0;
    const run = alsoMentionedNames(
      article(200),
      () => {
        pieces++;
        controller.abort();
        return [];
      },
      { pause: noPause, signal: controller.signal, pieceChars: 500 },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(pieces).toBe(1);
  });
});
