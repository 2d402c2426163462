/**
 * A code-unit test before a word list is asked: one bit per (first letter, second letter, length)
 * of the plain ASCII words of some lists. A plain word of text (ASCII letters, a capital at most
 * first) whose bit is clear is in none of them, settled without slicing or lower-casing it. The
 * gate of inert neighbors (inert-neighbors.ts) asks it of the words beside each candidate: most
 * are no list's ("said", "market", "China").
 */
import { isAsciiLetter } from './chars';

/** Longest word the filter keys by shape; a longer one may be held only if some listed word is longer. */
const MAX_LENGTH = 15;
/** The second-letter slot of a one-letter word. */
const NO_SECOND = 26;
const LETTERS = 26;
const SLOTS = LETTERS * (LETTERS + 1) * (MAX_LENGTH + 1);
const LOWER_A = 0x61;

function slot(first: number, second: number, length: number): number {
  return (first * (LETTERS + 1) + second) * (MAX_LENGTH + 1) + length;
}

export class WordShapes {
  private readonly bits = new Uint8Array(SLOTS);
  private readonly holdsLonger: boolean = false;

  /** The lists' words; those not plain lower-case ASCII letters never equal a plain word folded. */
  constructor(lists: readonly Iterable<string>[]) {
    for (const list of lists) {
      for (const word of list) {
        if (!/^[a-z]+$/.test(word)) continue;
        if (word.length > MAX_LENGTH) {
          this.holdsLonger = true;
          continue;
        }
        const second = word.length > 1 ? word.charCodeAt(1) - LOWER_A : NO_SECOND;
        this.bits[slot(word.charCodeAt(0) - LOWER_A, second, word.length)] = 1;
      }
    }
  }

  /**
   * False when text[from, to), folded to lower case, is surely in none of the lists; true when it
   * may be (ask the list). Any unit other than an ASCII letter in its first two: true.
   */
  mayHold(text: string, from: number, to: number): boolean {
    const length = to - from;
    if (length <= 0) return true;
    if (length > MAX_LENGTH) return this.holdsLonger;
    const first = text.charCodeAt(from);
    if (!isAsciiLetter(first)) return true;
    let second = NO_SECOND;
    if (length > 1) {
      const unit = text.charCodeAt(from + 1);
      if (!isAsciiLetter(unit)) return true;
      second = (unit | 0x20) - LOWER_A;
    }
    return this.bits[slot((first | 0x20) - LOWER_A, second, length)] === 1;
  }
}
