/**
 * Paints mentions with the CSS Custom Highlight API: ranges go into `CSS.highlights` under a
 * `backstory-…` name per highlight style, and `content.css` (injected by the browser from the
 * manifest — not subject to the page's CSP, invisible to page scripts, no DOM change) styles
 * `::highlight(backstory-underline)` and `::highlight(backstory-background)`. The `none` style
 * still registers its ranges (under a name no rule styles), so mentions stay hoverable.
 */
import type { HighlightStyle } from '../../src/settings';

export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle, string>> = {
  underline: 'backstory-underline',
  background: 'backstory-background',
  none: 'backstory-unstyled',
};

/** True where the browser has the CSS Custom Highlight API. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Removes every Backstory highlight (other names in the registry are the page's: left alone). */
export function clearHighlights(): void {
  if (!canHighlight()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}

/** Registers `ranges` under the style's name, replacing whatever Backstory painted before. */
export function paintHighlights(ranges: Iterable<AbstractRange>, style: HighlightStyle): void {
  if (!canHighlight()) return;
  clearHighlights();
  const highlight = new Highlight();
  for (const range of ranges) highlight.add(range);
  if (highlight.size > 0) CSS.highlights.set(HIGHLIGHT_NAMES[style], highlight);
}
