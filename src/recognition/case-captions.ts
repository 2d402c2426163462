/**
 * Case captions as courts and lawyers write them. A case name in the pack ("Learning Resources,
 * Inc. v. Trump", "TikTok v. Garland") is written in filings, dockets and law-firm notes with the
 * other parties summed up after the first ("Learning Resources, Inc., et al. v. Trump"), with
 * "vs." or a bare "v" between the parties, and with a party that is a person named in full
 * ("… v. Donald Trump", "… v. Donald J. Trump"). Each such form of a case alias matches too, with
 * the alias's rules; the person's name inside it is then a party of the case, not a card of its
 * own (the longer mention claims it). Facts about English legal writing, not about any entity.
 */

/** What may stand for the other parties after the first: ", et al.", ", et al", " et al.", " et al". */
const OTHERS = [', et al.', ', et al', ' et al.', ' et al'] as const;
/** The words between the parties. */
const VERSUS = ['v.', 'vs.', 'v'] as const;

const CAPTION = /^(.+?),? +v\. +(.+)$/;

/**
 * The other written forms of a case alias `alias` ("A v. B"): the first party with each way of
 * writing "and others" after it, each word between the parties, and the second party in full
 * when `fullNamesOf` gives the person's longer names ending in that word ("Trump" → "Donald
 * Trump"). None for an alias that is not a two-party caption.
 */
export function caseCaptionForms(alias: string, fullNamesOf: (word: string) => readonly string[]): string[] {
  const match = CAPTION.exec(alias.trim());
  if (match === null) return [];
  const first = (match[1] as string).trim();
  const second = (match[2] as string).trim();
  const firsts = [first, ...OTHERS.map((others) => `${first}${others}`)];
  const seconds = [second, ...(second.includes(' ') ? [] : fullNamesOf(second))];
  const forms = new Set<string>();
  for (const a of firsts) {
    for (const versus of VERSUS) for (const b of seconds) forms.add(`${a} ${versus} ${b}`);
  }
  forms.delete(alias.trim());
  return [...forms];
}

/**
 * For each one-word person alias among `aliasesByPerson` (each person's Latin aliases), that
 * person's multi-word aliases ending in it: "Trump" → ["Donald Trump", "Donald J. Trump"].
 */
export function fullNamesByWord(aliasesByPerson: readonly (readonly string[])[]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const aliases of aliasesByPerson) {
    const texts = aliases.map((a) => a.trim());
    for (const word of texts.filter((t) => t.length > 0 && !/\s/.test(t))) {
      const longer = texts.filter((t) => /\s/.test(t) && t.endsWith(` ${word}`));
      if (longer.length > 0) byWord.set(word, [...(byWord.get(word) ?? []), ...longer]);
    }
  }
  return byWord;
}
