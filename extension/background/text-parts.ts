/**
 * The pieces of long page texts on their way to recognition: a content script sends a long text
 * as `recognize-part` messages and ends it with a `recognize` (`continues`), so that no single
 * message holds the page's main thread while it is serialized. One text in progress per tab (a
 * tab's next text replaces it), at most MAX_RECOGNIZE_CHARS, dropped when it is taken or fails.
 */
import { MAX_RECOGNIZE_CHARS } from '../../src/messages/limits';

type Pending = { id: string; pieces: string[]; chars: number };

export type TextParts = {
  /** Stores piece `index` of text `id` from tab `tab`; throws (and drops the text) when out of order or too long. */
  add(tab: number, id: string, index: number, text: string): void;
  /** The whole text: the stored pieces of `id` (exactly `parts` of them) and `last`; throws when any is missing. */
  take(tab: number, id: string, parts: number, last: string): string;
};

export function createTextParts(): TextParts {
  const pending = new Map<number, Pending>();
  return {
    add(tab, id, index, text) {
      if (index === 0) pending.set(tab, { id, pieces: [], chars: 0 });
      const entry = pending.get(tab);
      if (!entry || entry.id !== id || entry.pieces.length !== index) {
        pending.delete(tab);
        throw new Error(`text piece ${index} of ${id} out of order`);
      }
      if (entry.chars + text.length > MAX_RECOGNIZE_CHARS) {
        pending.delete(tab);
        throw new Error(`text ${id} is over ${MAX_RECOGNIZE_CHARS} characters`);
      }
      entry.pieces.push(text);
      entry.chars += text.length;
    },
    take(tab, id, parts, last) {
      const entry = pending.get(tab);
      if (entry?.id === id) pending.delete(tab);
      if (entry?.id !== id || entry.pieces.length !== parts) throw new Error(`text ${id} has pieces missing`);
      if (entry.chars + last.length > MAX_RECOGNIZE_CHARS) {
        throw new Error(`text ${id} is over ${MAX_RECOGNIZE_CHARS} characters`);
      }
      return entry.pieces.join('') + last;
    },
  };
}
