/**
 * What the content script keeps of the page text between passes: its length and two independent 32-bit
 * hashes of its UTF-16 code units, not the text itself (a page's text is tens to hundreds of
 * kilobytes in every tab; docs/performance.md, "Heap per tab"). A later read with the same digest
 * is taken for the same text. Two texts of one length colliding in both hashes by chance is about
 * one in 2^64; a page that crafts a collision only keeps its own highlights stale. The background
 * digests the text it is sent for recognition and returns it with the mentions, so the first pass
 * costs the page's thread no hashing; later passes digest their own read to compare.
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

/** `value` if it is a digest (a reply from another context is checked before use). */
export function asTextDigest(value: unknown): TextDigest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { length, fnv, mix } = value as Partial<Record<keyof TextDigest, unknown>>;
  const valid = [length, fnv, mix].every((n) => Number.isInteger(n) && (n as number) >= 0);
  return valid ? { length: length as number, fnv: fnv as number, mix: mix as number } : undefined;
}

export function sameDigest(a: TextDigest | undefined, b: TextDigest): boolean {
  return a !== undefined && a.length === b.length && a.fnv === b.fnv && a.mix === b.mix;
}
