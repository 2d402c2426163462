/**
 * The card's whole stylesheet, applied inside its shadow root. The host resets everything it
 * could inherit from the page (`all: initial !important` wins over page `!important` rules
 * because, for important declarations, the shadow tree's own context takes precedence).
 * Sizes are in em from `font-size: medium` (the reader's default font size, not the page's
 * root size), widths in ch, so text zoom and 200 % page zoom reflow instead of clipping.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  contain: none !important;
}
*, *::before, *::after { box-sizing: border-box; margin: 0; padding: 0; }
.card {
  --bg: #ffffff;
  --fg: #1b1d21;
  --muted: #5b6170;
  --rule: #dde0e6;
  --accent: #0b57d0;
  --chip: #eef2fb;
  --warn: #8a4b00;
  pointer-events: auto;
  position: fixed;
  top: 0;
  left: 0;
  width: max-content;
  min-width: 18ch;
  max-width: min(44ch, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  overscroll-behavior: contain;
  padding: 0.85em 1em 0.75em;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--rule);
  border-radius: 0.6em;
  box-shadow: 0 0.4em 1.6em rgba(15, 23, 42, 0.18), 0 0.1em 0.3em rgba(15, 23, 42, 0.12);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: medium;
  font-weight: 400;
  font-style: normal;
  line-height: 1.45;
  text-align: start;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  text-decoration: none;
  text-shadow: none;
  white-space: normal;
  overflow-wrap: anywhere;
  direction: ltr;
  cursor: auto;
  color-scheme: light;
}
.card[hidden] { display: none; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card {
    --bg: #1f2228;
    --fg: #e8eaed;
    --muted: #a5acb8;
    --rule: #3a3f48;
    --accent: #8ab4f8;
    --chip: #2b3240;
    --warn: #f2b36b;
    box-shadow: 0 0.4em 1.6em rgba(0, 0, 0, 0.55);
    color-scheme: dark;
  }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: backstory-fade-in 120ms ease-out; }
  @keyframes backstory-fade-in { from { opacity: 0; } to { opacity: 1; } }
}
.head { display: flex; align-items: flex-start; gap: 0.5em; }
.title { flex: 1 1 auto; min-width: 0; }
h2 { font-size: 1.1em; font-weight: 650; line-height: 1.25; color: var(--fg); }
.type {
  display: inline-block;
  margin-top: 0.2em;
  font-size: 0.75em;
  font-weight: 600;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--muted);
}
.close {
  flex: none;
  width: 1.8em;
  height: 1.8em;
  border: 0;
  border-radius: 0.4em;
  background: transparent;
  color: var(--muted);
  font: inherit;
  font-size: 1em;
  line-height: 1;
  cursor: pointer;
}
.close:hover { background: var(--chip); color: var(--fg); }
.desc { margin-top: 0.5em; }
h3 {
  margin-top: 0.85em;
  font-size: 0.75em;
  font-weight: 650;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--muted);
}
ul { list-style: none; }
.facts li, .deadlines li { margin-top: 0.45em; padding-left: 0.7em; border-left: 2px solid var(--rule); }
.meta { margin-top: 0.1em; font-size: 0.85em; color: var(--muted); }
.status { font-weight: 600; color: var(--fg); }
.stale { margin-top: 0.1em; font-size: 0.85em; color: var(--warn); }
a { color: var(--accent); text-decoration: underline; text-underline-offset: 0.15em; cursor: pointer; }
a:focus-visible, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-radius: 0.2em; }
.related { display: flex; flex-wrap: wrap; gap: 0.35em; margin-top: 0.4em; }
.related button {
  border: 1px solid var(--rule);
  border-radius: 999px;
  padding: 0.2em 0.7em;
  background: var(--chip);
  color: var(--fg);
  font: inherit;
  font-size: 0.85em;
  cursor: pointer;
}
.related button:hover { border-color: var(--accent); }
footer {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0.3em 1em;
  margin-top: 0.9em;
  padding-top: 0.5em;
  border-top: 1px solid var(--rule);
  font-size: 0.8em;
  color: var(--muted);
}
.notice { color: var(--muted); }
`;
