/**
 * The content script's one instrumentation module.
 *
 * It never throws into the page: every entry point runs through `guard`, `guardAsync`, `task` or
 * `trustedListener`, which log a failure with the `[Backstory]` prefix — each distinct message
 * once per page, so a handler failing on every mouse move cannot flood the console.
 *
 * In test-hooks builds it also leaves marks and `backstory:task` measures on the page's
 * performance timeline (shared with the page, so tests and benches read them from there); in
 * production those bodies are behind `if (__TEST_HOOKS__)` and compile to nothing.
 */
export const LOG_PREFIX = '[Backstory]';
const MAX_DISTINCT_ERRORS = 20;

export const MARK_START = 'backstory:start';
export const MARK_PAINTED = 'backstory:painted';
export const MEASURE_TASK = 'backstory:task';
/** Every pass over the page ends with this mark, painted or not (switched off, nothing new). */
export const MARK_SETTLED = 'backstory:settled';
/** One mark at the start of every refresh pass the scheduler runs (tests count them against its budget). */
export const MARK_REFRESH = 'backstory:refresh';
/** Which walk read the page, the mark's name ending in the kind (tests check each browser's). */
export const MARK_WALK = 'backstory:walk:';

const logged = new Set<string>();

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function reportError(error: unknown, where: string): void {
  const key = `${where}: ${describe(error)}`;
  if (logged.has(key) || logged.size >= MAX_DISTINCT_ERRORS) return;
  logged.add(key);
  console.error(LOG_PREFIX, key);
}

/** Runs `fn`; on a throw, logs it and returns undefined. */
export function guard<T>(where: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    reportError(error, where);
    return undefined;
  }
}

/** Awaits `fn`; on a rejection, logs it and resolves to undefined. */
export async function guardAsync<T>(where: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    reportError(error, where);
    return undefined;
  }
}

export function markStart(): void {
  if (__TEST_HOOKS__) performance.mark(MARK_START);
}

export function markRefresh(): void {
  if (__TEST_HOOKS__) performance.mark(MARK_REFRESH);
}

/** The walk that reads the page: from text to text (a Firefox content script) or node by node. */
export function markWalk(kind: 'text-to-text' | 'node-by-node'): void {
  if (__TEST_HOOKS__) performance.mark(MARK_WALK + kind);
}

export function markPainted(): void {
  if (__TEST_HOOKS__) performance.mark(MARK_PAINTED);
}

/**
 * The positive signal tests wait for before asserting that nothing was painted: the content
 * script read the page (or found itself switched off) and finished what it does about it.
 */
export function markSettled(): void {
  if (__TEST_HOOKS__) performance.mark(MARK_SETTLED);
}

/**
 * One synchronous piece of main-thread work (extraction, painting, a card handler — the card's
 * are named `card:<what>`): runs `fn` guarded, and in test-hooks builds records a
 * `backstory:task` measure around it.
 */
export function task<T>(where: string, fn: () => T): T | undefined {
  if (!__TEST_HOOKS__) return guard(where, fn);
  const start = performance.now();
  try {
    return guard(where, fn);
  } finally {
    try {
      performance.measure(MEASURE_TASK, { start, end: performance.now(), detail: where });
    } catch {
      // The page may have replaced performance.measure; measuring is best effort.
    }
  }
}

/**
 * A listener for the reader's input: events a page script made (`isTrusted` false) are ignored, so
 * a page can neither open or close cards nor time the hover delay with synthetic events. Never
 * throws into the page; each run a `task`.
 */
export function trustedListener<E extends Event>(
  where: string,
  handler: (event: E) => void,
): (event: E) => void {
  return (event) => {
    if (event.isTrusted) task(where, () => handler(event));
  };
}
