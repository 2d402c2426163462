/**
 * The card's whole stylesheet (`card.css`), applied inside its shadow root. The host resets
 * everything it could inherit from the page (`all: initial !important` wins over page `!important`
 * rules because, for important declarations, the shadow tree's own context takes precedence).
 * Sizes are in em from `font-size: medium` (the reader's default font size, not the page's root
 * size), widths in ch, so text zoom and 200 % page zoom reflow instead of clipping.
 *
 * Imported `?inline`: the build minifies the CSS and embeds it as a string in content.js (no
 * separate file, so no web_accessible_resources).
 */
import cardCss from './card.css?inline';

export const CARD_CSS: string = cardCss;
