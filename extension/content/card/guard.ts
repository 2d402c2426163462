/**
 * Wraps the card's page-facing handlers: nothing they throw reaches the page (errors go to the
 * content script's one logger, `../errors`: once per message, `[Backstory]` prefix), and in
 * test-hooks builds each run is recorded as a `backstory:task` measure on the page's
 * performance timeline.
 */
import { reportError as reportContentError } from '../errors';

/** Logs a card failure through the content script's logger. */
export function reportError(error: unknown): void {
  reportContentError(error, 'card');
}

/** Prefix of the `detail` of the card's `backstory:task` measures, e.g. "card:hit-test". */
export const CARD_TASK_PREFIX = 'card:';

/**
 * Runs `work` synchronously, catching errors; in test-hooks builds measured as a
 * `backstory:task` with detail `card:<what>`.
 */
export function runGuarded<T>(what: string, work: () => T): T | undefined {
  const start = __TEST_HOOKS__ ? performance.now() : 0;
  try {
    return work();
  } catch (error) {
    reportContentError(error, CARD_TASK_PREFIX + what);
    return undefined;
  } finally {
    if (__TEST_HOOKS__) {
      try {
        performance.measure('backstory:task', {
          start,
          end: performance.now(),
          detail: CARD_TASK_PREFIX + what,
        });
      } catch {
        // The page may have replaced performance.measure; measuring is best effort.
      }
    }
  }
}

/**
 * A listener for the reader's input: events a page script made (`isTrusted` false) are ignored, so
 * a page can neither open or close cards nor time the hover delay with synthetic events. Never
 * throws into the page; measured as `card:<what>`.
 */
export function guarded<E extends Event>(what: string, handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) runGuarded(what, () => handler(event));
  };
}
