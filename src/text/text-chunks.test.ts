import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPieces } from '../messages/text-pieces';
import { chunkPieces, chunkSlice, textChunks } from './text-chunks';
import { textCollector } from './text-collector';

/** Code units with surrogates common, so cuts fall beside pairs. */
const chunk = fc
  .array(fc.constantFrom(0x61, 0x20, 0x2019, 0xd83d, 0xde00), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));
const chunks = fc.array(chunk, { maxLength: 8 });

describe('text chunks', () => {
  it('slices as the joined text does', () => {
    fc.assert(
      fc.property(chunks, fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(chunkSlice(textChunks(parts), start, end)).toBe(text.slice(start, end));
      }),
    );
  });

  it('cuts the same pieces as textPieces of the capped text', () => {
    fc.assert(
      fc.property(chunks, fc.integer({ min: 2, max: 30 }), fc.nat(300), (parts, size, limit) => {
        const text = parts.join('');
        expect(chunkPieces(textChunks(parts), limit, size)).toEqual(textPieces(text.slice(0, limit), size));
      }),
    );
  });

  it('is what a collector asked not to flatten returns, joined into its text', () => {
    const collector = textCollector(false);
    const node = {} as Text;
    for (let i = 0; i < 5000; i++) {
      collector.pendingBreak = i % 3 === 0;
      collector.add(node, `part ${i}`);
    }
    const map = collector.result();
    expect(map.chunks?.length).toBeGreaterThan(1);
    expect(map.chunks?.join('')).toBe(map.text);
    expect(textCollector().result().chunks).toBeUndefined();
  });
});
