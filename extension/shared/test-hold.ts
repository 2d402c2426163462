/**
 * Test-hooks builds only (production builds drop every branch here): a browser test may put a
 * promise on an extension page's window as `backstoryHoldPageAnswers`; what the page then loads
 * (the popup's tab answer and deadlines, the options page's packs and reminders, the keyboard
 * shortcuts in both) waits for it to settle before it is shown, so the test can look at the page while an answer is outstanding, without a timer.
 * `?hold` in the page's address sets one before anything loads, released by
 * `backstoryReleasePageAnswers()`, so a test can see the page as it first opens.
 */

type HoldHooks = { backstoryHoldPageAnswers?: Promise<unknown>; backstoryReleasePageAnswers?: () => void };

/** Call before the page renders: holds every answer from the first when the address asks. */
export function holdFromStartForTest(): void {
  if (__TEST_HOOKS__ && new URLSearchParams(location.search).has('hold')) {
    const hooks = globalThis as HoldHooks;
    hooks.backstoryHoldPageAnswers = new Promise<void>((release) => {
      hooks.backstoryReleasePageAnswers = release;
    });
  }
}

/** Settles at once, unless a test holds answers. */
export async function heldForTest(): Promise<void> {
  if (__TEST_HOOKS__) await (globalThis as HoldHooks).backstoryHoldPageAnswers;
}
