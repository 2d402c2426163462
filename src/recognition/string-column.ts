/**
 * A column of strings stored as one long string and where each ends (snapshot-columns.ts,
 * entity-index.ts): one string and one typed array to store and clone instead of thousands.
 */

/** Strings end to end in one string; `ends[k]` ends string k. */
export type StringColumn = { text: string; ends: Uint32Array };

export function toColumn(strings: readonly string[]): StringColumn {
  const ends = new Uint32Array(strings.length);
  let total = 0;
  strings.forEach((s, k) => {
    total += s.length;
    ends[k] = total;
  });
  return { text: strings.join(''), ends };
}

export function fromColumn(column: StringColumn): string[] {
  const { text, ends } = column;
  const out = new Array<string>(ends.length);
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k] as number;
    out[k] = text.slice(start, end);
    start = end;
  }
  return out;
}

export function isColumn(value: unknown): value is StringColumn {
  const c = value as StringColumn | undefined;
  return (
    typeof c?.text === 'string' &&
    c.ends instanceof Uint32Array &&
    (c.ends.length === 0 || c.ends[c.ends.length - 1] === c.text.length)
  );
}

/** The code units as one string (in chunks: an argument list has a size limit). */
export function unitsText(units: Uint16Array): string {
  const CHUNK = 8192;
  let text = '';
  for (let at = 0; at < units.length; at += CHUNK)
    text += String.fromCharCode.apply(null, units.subarray(at, at + CHUNK) as unknown as number[]);
  return text;
}
