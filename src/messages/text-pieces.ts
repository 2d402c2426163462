/**
 * A long text cut into pieces of at most `size` UTF-16 code units, for sending one message per
 * piece (see RECOGNIZE_PART_CHARS). A cut never separates the two halves of a surrogate pair, so
 * every piece is well-formed text; the pieces joined are the text.
 */
export function textPieces(text: string, size: number): string[] {
  return piecesOf(text.length, size, (from, to) => text.slice(from, to));
}

/**
 * The same cut over any text read through `slice` (the same as `text.slice`), for a text kept in
 * parts (src/text/text-chunks.ts): `length` code units in pieces of at most `size`.
 */
export function piecesOf(
  length: number,
  size: number,
  slice: (from: number, to: number) => string,
): string[] {
  if (size < 2) throw new RangeError('a piece holds at least 2 code units');
  const pieces: string[] = [];
  let from = 0;
  while (length - from > size) {
    let to = from + size;
    const before = slice(to - 1, to).charCodeAt(0);
    if (before >= 0xd800 && before <= 0xdbff) to -= 1; // a high surrogate: keep it with its pair
    pieces.push(slice(from, to));
    from = to;
  }
  pieces.push(slice(from, length));
  return pieces;
}
