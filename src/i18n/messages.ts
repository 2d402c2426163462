/**
 * The words of the interface live in `_locales/<locale>/messages.json` (the WebExtension i18n
 * format), one file per language; `_locales/en` is the reference. Code names a message by its key
 * and never spells the words itself, so a translation is a file, not a code change.
 *
 * Extension code reads messages with `browser.i18n.getMessage` (see `extension/shared/i18n.ts`).
 * Pure code in `src/` is handed a `Translate` function, or returns a `MessageRef` for the caller
 * to translate. `translatorFor` applies the same substitution rules as the browsers to a parsed
 * messages file, for tests and tools in Node.
 */
import type english from '../../_locales/en/messages.json';

/** Every message the interface uses (the keys of the English file). */
export type MessageKey = keyof typeof english;

/** A message and the values for its `$1`…`$9` substitutions, to be translated by the caller. */
export type MessageRef = { readonly key: MessageKey; readonly values?: readonly string[] };

/** Looks a message up and fills in its substitutions (what `browser.i18n.getMessage` does). */
export type Translate = (key: MessageKey, values?: readonly string[]) => string;

/** One entry of a messages.json file. */
export type MessageEntry = {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
};
export type MessagesFile = Record<string, MessageEntry>;

const NAMED_PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;
const POSITIONAL = /\$(\d)/g;

/**
 * Fills one message like the browsers do: `$NAME$` becomes its placeholder's content, in which
 * (and in the message itself) `$1`…`$9` become the given values; `$$` is a literal `$`.
 */
export function fillMessage(entry: MessageEntry, values: readonly string[] = []): string {
  const positional = (text: string) =>
    text.replace(POSITIONAL, (_, digit: string) => values[Number(digit) - 1] ?? '');
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const named = entry.message.split('$$').map((part) =>
    positional(
      part.replace(NAMED_PLACEHOLDER, (whole, name: string) => {
        const content = placeholders[name.toLowerCase()];
        return content === undefined ? whole : content;
      }),
    ),
  );
  return named.join('$');
}

/** A `Translate` over a parsed messages file; an unknown key gives "" (as the browsers do). */
export function translatorFor(messages: MessagesFile): Translate {
  return (key, values) => {
    const entry = messages[key];
    return entry ? fillMessage(entry, values) : '';
  };
}

/** The text of a `MessageRef`. */
export function translateRef(t: Translate, ref: MessageRef): string {
  return t(ref.key, ref.values);
}

/** A message with one count (`$1`), in the plural rule's "one" form and in every other form. */
export type CountMessages = { readonly one: MessageKey; readonly other: MessageKey };

/**
 * "1 entity", "10,000 entities", "1.5 seconds", "3 个条目": the number written in the locale and the
 * message chosen by the locale's plural rule for that number (the two round alike: at most three
 * fraction digits, the default of both `Intl` objects).
 */
export function countRef(n: number, messages: CountMessages, locale: string): MessageRef {
  const key = new Intl.PluralRules(locale).select(n) === 'one' ? messages.one : messages.other;
  return { key, values: [n.toLocaleString(locale)] };
}
