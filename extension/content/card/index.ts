/**
 * The card's entry points for the content script:
 * - `installCard({ mentionAt, mentions, hoverDelayMs })` → a controller with
 *   `openCardForEntity(entity, range, { focus })` (`reveal-entity`), `stepMention(direction)`
 *   (`step-mention`), `setHoverDelay(ms)`, `mentionsChanged()`, `close()`, `destroy()`;
 * - `isBackstoryHost(node)` for the mutation watcher.
 */
export { type CardController, type CardMention, type CardOptions, installCard } from './controller';
export { HOST_ATTRIBUTE, isBackstoryHost } from './host';
