/**
 * A stored value in a few words for a settings problem message. Never throws: stored values
 * may hold anything structured clone can carry (BigInt, cycles, Maps, objects without a
 * prototype), which `JSON.stringify` and `String` both throw on.
 */

/** Longest description; longer text is cut and ends in "...". */
export const MAX_DESCRIPTION_LENGTH = 60;

function asText(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return `${value}n`;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // A BigInt inside, or a cycle: fall through to the type tag.
  }
  return Object.prototype.toString.call(value);
}

export function describeValue(value: unknown): string {
  const text = asText(value);
  return text.length > MAX_DESCRIPTION_LENGTH ? `${text.slice(0, MAX_DESCRIPTION_LENGTH - 3)}...` : text;
}
