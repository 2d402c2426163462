/**
 * Page-side probe for the many-tabs bench: an init script that notes, in the page's main world,
 * when an extension's highlights first appear in `CSS.highlights` (the registry is shared between
 * the page and the content script's world). It polls every POLL_MS with a plain timer and stops
 * once found; the time is wall-clock `Date.now()`, comparable with the bench's own clock.
 */

export const FIRST_HIGHLIGHT_GLOBAL = '__benchFirstHighlight';
export const POLL_MS = 25;

export type FirstHighlight = {
  /** `Date.now()` when the highlights were first seen, or null. */
  at: number | null;
  ranges: number;
  visibility: string;
};

/** The init script: `prefix` is the start of the extension's highlight names. */
export function firstHighlightScript(prefix: string): string {
  return `(() => {
  if (window.${FIRST_HIGHLIGHT_GLOBAL}) return;
  const state = { at: null, ranges: 0 };
  Object.defineProperty(window, '${FIRST_HIGHLIGHT_GLOBAL}', { value: state });
  const count = () => {
    let n = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      for (const [name, h] of CSS.highlights) if (name.startsWith(${JSON.stringify(prefix)})) n += h.size;
    }
    return n;
  };
  const timer = setInterval(() => {
    const n = count();
    if (n > 0) {
      state.at = Date.now();
      state.ranges = n;
      clearInterval(timer);
    }
  }, ${POLL_MS});
})();`;
}

/** Reads the probe back (and the ranges now, which may have grown since the first sight). */
export const READ_FIRST_HIGHLIGHT = `(() => {
  const state = window.${FIRST_HIGHLIGHT_GLOBAL};
  return { at: state ? state.at : null, ranges: state ? state.ranges : 0, visibility: document.visibilityState };
})()`;

/**
 * Reads when the page's `load` event ended, on the same wall clock as the highlight probe
 * (`Date.now()`): navigation timing's `loadEventEnd` is on the page's monotonic clock, so it is
 * moved by the present gap between `Date.now()` and `performance.now()`. Null while the load
 * event has not ended (or without navigation timing).
 */
export const READ_LOAD_END = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  if (!nav || !(nav.loadEventEnd > 0)) return null;
  return Date.now() - performance.now() + nav.loadEventEnd;
})()`;
