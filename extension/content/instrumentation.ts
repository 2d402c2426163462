/**
 * Performance marks for tests and benches — test-hooks builds only; in production every body here is
 * behind `if (__TEST_HOOKS__)` and compiles to nothing. The timeline is shared with the page, so tests
 * read `performance.getEntriesByName('backstory:task')` from the page.
 */
import { guard } from './errors';

export const MARK_START = 'backstory:start';
export const MARK_PAINTED = 'backstory:painted';
export const MEASURE_TASK = 'backstory:task';
/** Every pass over the page ends with this mark, painted or not (switched off, nothing new). */
export const MARK_SETTLED = 'backstory:settled';
/** One mark at the start of every refresh pass the scheduler runs (tests count them against its budget). */
export const MARK_REFRESH = 'backstory:refresh';

export function markStart(): void {
  if (__TEST_HOOKS__) performance.mark(MARK_START);
}

export function markRefresh(): void {
  if (__TEST_HOOKS__) performance.mark(MARK_REFRESH);
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
 * One synchronous piece of main-thread work (extraction, painting, a handler): runs `fn` guarded,
 * and in test-hooks builds records a `backstory:task` measure around it.
 */
export function task<T>(where: string, fn: () => T): T | undefined {
  if (!__TEST_HOOKS__) return guard(where, fn);
  const start = performance.now();
  try {
    return guard(where, fn);
  } finally {
    performance.measure(MEASURE_TASK, { start, end: performance.now(), detail: where });
  }
}
