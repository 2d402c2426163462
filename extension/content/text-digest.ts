/**
 * What the annotator keeps of the page text between passes: its length and two independent 32-bit
 * hashes of its UTF-16 code units, not the text itself (a page's text is tens to hundreds of
 * kilobytes in every tab; docs/performance.md, "Heap per tab"). A later read with the same digest
 * is taken for the same text. Two texts of one length colliding in both hashes by chance is about
 * one in 2^64; a page that crafts a collision only keeps its own highlights stale.
 */
export type TextDigest = { readonly length: number; readonly fnv: number; readonly mix: number };

export function textDigest(text: string): TextDigest {
  let fnv = 0x811c9dc5;
  let mix = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ unit, 0x01000193);
    mix = Math.imul(mix ^ unit, 0x5bd1e995);
    mix ^= mix >>> 15;
  }
  return { length: text.length, fnv: fnv >>> 0, mix: mix >>> 0 };
}

export function sameDigest(a: TextDigest | undefined, b: TextDigest): boolean {
  return a !== undefined && a.length === b.length && a.fnv === b.fnv && a.mix === b.mix;
}
