/**
 * A long text cut into pieces of at most `size` UTF-16 code units, for sending one message per
 * piece (see RECOGNIZE_PART_CHARS). A cut never separates the two halves of a surrogate pair, so
 * every piece is well-formed text; the pieces joined are the text.
 */
export function textPieces(text: string, size: number): string[] {
  if (size < 2) throw new RangeError('a piece holds at least 2 code units');
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > size) {
    let to = from + size;
    const before = text.charCodeAt(to - 1);
    if (before >= 0xd800 && before <= 0xdbff) to -= 1; // a high surrogate: keep it with its pair
    pieces.push(text.slice(from, to));
    from = to;
  }
  pieces.push(text.slice(from));
  return pieces;
}
