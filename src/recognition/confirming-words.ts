/**
 * Confirming words: page evidence that belongs to one entity. A pack entity may list words or
 * phrases (`confirmedBy`) that name a part or an instrument of that entity alone: "Office of
 * Foreign Assets Control" and "OFAC" for the US Treasury, "Section 301" for USTR, "Bureau of
 * Industry and Security" for the Commerce Department. Written anywhere on the page, one of them
 * is evidence for that entity's weak aliases ("Treasury", "USTR", "Commerce"), as a strong
 * mention of the entity would be; it is no evidence for any other entity, and no story word.
 *
 * The whole page counts, as for the other page evidence (evidence.ts): a sanctions notice names
 * OFAC once in its opening and "Treasury" in its headline and later paragraphs. The rules about
 * the alias itself come first (another government's "HM Treasury", "India's Commerce Ministry",
 * "10-year Treasury yields", a longer name): a confirming word only ever keeps a weak alias that
 * is otherwise kept for want of evidence, never one those rules dropped.
 *
 * A word is matched as written, letter case included ("Section 301", not a statute's "section
 * 301"), with any white space between its words and any dash for its hyphens, and not inside a
 * longer word or number ("OFACs", "Section 3011"). Its pattern is built when an entity with such
 * a list first needs evidence; an entity without a list costs one property read.
 */
import type { Entity } from '../knowledge/schema';
import type { AcceptedMentions } from './accepted';
import { companySpeaking } from './company-speaker';

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;
const DASHES = '[-\\u2010-\\u2015\\u2212]';
/** A letter, digit or mark that would make the word part of a longer one. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
/** An edge of a word written in Han script, which has no spaces around its words. */
const HAN_EDGE = /\p{Script=Han}/u;

/** The pattern of one confirming word: exact letter case, free white space and dashes, whole words. */
export function confirmingPattern(words: readonly string[]): RegExp | undefined {
  const cleaned = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
  if (cleaned.length === 0) return undefined;
  const body = cleaned
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const core = w.replace(ESCAPE, '\\$&').replace(/\s+/g, '\\s+').replace(/-/g, DASHES);
      const before = HAN_EDGE.test(w.charAt(0)) ? '' : `(?<!${WORD_CHAR})`;
      const after = HAN_EDGE.test(w.charAt(w.length - 1)) ? '' : `(?!${WORD_CHAR})`;
      return `${before}${core}${after}`;
    })
    .join('|');
  return new RegExp(body, 'u');
}

/** The texts of an entity's confirming words (`confirmedBy`), or none. */
export function confirmingWordsOf(entity: Entity): readonly string[] {
  const list = entity.confirmedBy;
  return list === undefined ? [] : list.map((word) => word.text);
}

/** Per recognizer: each entity's confirming-word pattern, built when first asked for. */
export class ConfirmingWords {
  private readonly patterns = new Map<number, RegExp | undefined>();

  /** `isCompany(e)`: whether entity e is a company, which may name itself by speaking (company-speaker.ts). */
  constructor(
    private readonly entities: readonly Entity[],
    private readonly isCompany: (entity: number) => boolean = () => false,
  ) {}

  /** The first of `entity`'s confirming words written in `text`, as written there, or undefined. */
  foundIn(text: string, entity: number): string | undefined {
    const record = this.entities[entity];
    if (record?.confirmedBy === undefined) return undefined;
    let pattern = this.patterns.get(entity);
    if (!this.patterns.has(entity)) {
      pattern = confirmingPattern(confirmingWordsOf(record));
      this.patterns.set(entity, pattern);
    }
    return pattern?.exec(text)?.[0];
  }

  /**
   * Evidence for the weak-only entities of one page: the page's story (`storyOf`, evidence.ts),
   * or else one of the entity's own confirming words, or else, for a company, one of its `kept`
   * mentions speaking ("Oracle claims that …": company-speaker.ts); `word` says which, for --explain.
   */
  after(
    storyOf: (entity: number) => boolean,
    text: string,
    kept: readonly number[] = [],
    accepted?: AcceptedMentions,
  ): PageConfirmation {
    const speaking = (entity: number) =>
      accepted !== undefined && this.isCompany(entity)
        ? companySpeaking(text, entity, kept, accepted)
        : undefined;
    const word = (entity: number) =>
      storyOf(entity) ? undefined : (this.foundIn(text, entity) ?? speaking(entity));
    return { of: (entity) => storyOf(entity) || word(entity) !== undefined, word };
  }
}

export type PageConfirmation = {
  /** Whether a weak-only entity has evidence: the story's, or its own confirming word's. */
  of(entity: number): boolean;
  /** The confirming word that alone gives the entity evidence, or undefined. */
  word(entity: number): string | undefined;
};

/** How --explain says why a weak alias stayed or went (`word`: the confirming word that kept it). */
export function evidenceNote(keep: boolean, word: string | undefined): string {
  if (word !== undefined) return `confirmed by "${word}" on the page`;
  return keep ? 'page has story evidence' : 'no story evidence on the page';
}
