/**
 * Paints mentions with the CSS Custom Highlight API: ranges go into `CSS.highlights` under a
 * `backstory-…` name per highlight style, and `content.css` (injected by the browser from the
 * manifest — not subject to the page's CSP, invisible to page scripts, no DOM change) styles
 * `::highlight(backstory-underline)` and `::highlight(backstory-background)`. The `none` style
 * still registers its ranges (under a name no rule styles), so mentions stay hoverable.
 *
 * The underline keeps at least 3:1 contrast with the background behind each mention: mentions on
 * a dark background (the nearest opaque background of their element, else a dark page canvas) go
 * into `backstory-underline-on-dark`, drawn in a light amber instead of the dark one.
 */
import type { HighlightStyle } from '../../src/settings';

export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle, string>> = {
  underline: 'backstory-underline',
  background: 'backstory-background',
  none: 'backstory-unstyled',
};
export const UNDERLINE_ON_DARK = 'backstory-underline-on-dark';
/** Backgrounds darker than this (WCAG relative luminance) get the light underline. */
const DARK_LUMINANCE = 0.2;
/** The computed `background-color` of an element without a background. */
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/**
 * Whether this script has ranges in the registry. A page without mentions never touches `CSS` or
 * its registry (their first use in the content script's world costs 1–2 ms in Chromium).
 */
let registered = false;

/** True where the browser has the CSS Custom Highlight API. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Removes every Backstory highlight (other names in the registry are the page's: left alone). */
export function clearHighlights(): void {
  if (!registered || !canHighlight()) return;
  registered = false;
  for (const name of [...Object.values(HIGHLIGHT_NAMES), UNDERLINE_ON_DARK]) CSS.highlights.delete(name);
}

/** WCAG relative luminance of an opaque-enough `rgb()`/`rgba()` color, else undefined. */
export function luminance(color: string): number | undefined {
  if (!color.startsWith('rgb')) return undefined;
  const [r, g, b, alpha] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined || (alpha !== undefined && alpha < 0.5)) return undefined;
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r as number) + 0.7152 * channel(g as number) + 0.0722 * channel(b);
}

/** Whether the background behind `element` is dark (answers cached per element for one paint). */
function onDark(element: Element | null, cache: Map<Element | null, boolean>): boolean {
  const known = cache.get(element);
  if (known !== undefined) return known;
  let dark: boolean;
  if (!element) dark = getComputedStyle(document.documentElement).colorScheme.includes('dark');
  else {
    const color = getComputedStyle(element).backgroundColor;
    // Most elements have no background of their own: skip parsing the common transparent value.
    const l = color === TRANSPARENT ? undefined : luminance(color);
    dark = l === undefined ? onDark(element.parentElement, cache) : l < DARK_LUMINANCE;
  }
  cache.set(element, dark);
  return dark;
}

/** Registers `ranges` under the style's name(s), replacing whatever Backstory painted before. */
export function paintHighlights(ranges: readonly AbstractRange[], style: HighlightStyle): void {
  if ((ranges.length === 0 && !registered) || !canHighlight()) return;
  clearHighlights();
  const highlight = new Highlight();
  const onDarkHighlight = new Highlight();
  const cache = new Map<Element | null, boolean>();
  for (const range of ranges) {
    const dark = style === 'underline' && onDark(range.startContainer.parentElement, cache);
    (dark ? onDarkHighlight : highlight).add(range);
  }
  if (highlight.size > 0) CSS.highlights.set(HIGHLIGHT_NAMES[style], highlight);
  if (onDarkHighlight.size > 0) CSS.highlights.set(UNDERLINE_ON_DARK, onDarkHighlight);
  registered = highlight.size > 0 || onDarkHighlight.size > 0;
}
