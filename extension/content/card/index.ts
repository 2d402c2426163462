/**
 * The card module, built on its own as `card.js` (an ES module the content script imports on first
 * need: ../lazy-card.ts; the content script imports only its types). Its entry points:
 * - `installCard({ mentionAt, mentions, hoverDelayMs })` → a controller with
 *   `openCardForEntity(entity, range, { focus })` (`reveal-entity`), `stepMention(direction)`
 *   (`step-mention`), `setHoverDelay(ms)`, `mentionsChanged()`, `close()`, `destroy()`;
 * - `isBackstoryHost(node)` for the mutation watcher (through the lazy card).
 */
export { type CardController, type CardMention, type CardOptions, installCard } from './controller';
export { HOST_ATTRIBUTE, isBackstoryHost } from './host';
