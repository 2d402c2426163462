/**
 * Wraps the card's page-facing handlers: nothing they throw reaches the page (errors are logged
 * once per message with the `[Backstory]` prefix), and in test-hooks builds each run is
 * recorded as a `backstory:task` measure on the page's performance timeline.
 */
const logged = new Set<string>();

export function reportError(error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (logged.has(message)) return;
  logged.add(message);
  console.error('[Backstory]', error);
}

/** Runs `work` synchronously, catching errors; measured in test-hooks builds. */
export function runGuarded<T>(work: () => T): T | undefined {
  const start = __TEST_HOOKS__ ? performance.now() : 0;
  try {
    return work();
  } catch (error) {
    reportError(error);
    return undefined;
  } finally {
    if (__TEST_HOOKS__) {
      try {
        performance.measure('backstory:task', { start, end: performance.now() });
      } catch {
        // The page may have replaced performance.measure; measuring is best effort.
      }
    }
  }
}

/** An event listener that never throws into the page. */
export function guarded<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    runGuarded(() => handler(event));
  };
}
