/**
 * Laws' nicknames with their descriptive words in quotes. Reporters quote the words that make up
 * a law's nickname and leave its head noun outside: the “divest-or-ban” law, the so-called
 * "TikTok ban" law, the ‘Affiliates’ Rule. Each such alias of a law (a nickname ending in a head
 * noun: law, act, bill, rule, ban) also matches with a closing quotation mark before that noun,
 * with the same rules; the opening mark stays outside the mention, as it does around a name
 * quoted whole. Facts about English quotation, not about any law.
 */

/** The nouns that close a law's nickname, lower case. */
const HEAD_NOUNS: ReadonlySet<string> = new Set(['law', 'act', 'bill', 'rule', 'ban']);
/** Closing quotation marks; ” and ’ are read as these (chars.ts). */
const CLOSING_MARKS = ['"', "'"] as const;

/**
 * The other written forms of a law alias `alias`: its words before the head noun closed by each
 * quotation mark ("divest-or-ban law" → `divest-or-ban" law`, …). None for a one-word alias or one
 * that does not end in a head noun.
 */
export function quotedNicknameForms(alias: string): string[] {
  const words = alias.trim().split(/\s+/);
  if (words.length < 2) return [];
  const head = words[words.length - 1] as string;
  if (!HEAD_NOUNS.has(head.toLowerCase())) return [];
  const nickname = words.slice(0, -1).join(' ');
  return CLOSING_MARKS.map((mark) => `${nickname}${mark} ${head}`);
}
