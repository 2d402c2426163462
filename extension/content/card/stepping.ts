/**
 * Keyboard stepping (`step-mention`): which mention is next or previous, and scrolling it into
 * view. From the mention whose card is open; else from the caret or focus (focus.ts); else from
 * the last mention stepped to while the caret has not moved; else from the first mention in or
 * below the viewport (forward) or the last one in or above it (backward). Wraps around at the ends.
 */
import { indexFrom, readingPosition } from './focus';
import { isBackstoryHost } from './host';
import type { CardMention } from './targets';

type Position = { node: Node; offset: number };

function wrapped(list: readonly CardMention[], index: number, direction: 1 | -1): number {
  return (index + direction + list.length) % list.length;
}

/** The first mention in or below the viewport (forward), or the last one in or above it. */
function fromViewport(list: readonly CardMention[], direction: 1 | -1): number {
  if (direction === 1) {
    const first = list.findIndex((m) => m.range.getBoundingClientRect().bottom >= 0);
    return Math.max(first, 0);
  }
  const viewportHeight = window.innerHeight;
  for (let i = list.length - 1; i >= 0; i--) {
    const mention = list[i];
    if (mention && mention.range.getBoundingClientRect().top <= viewportHeight) return i;
  }
  return list.length - 1;
}

/**
 * A stepper: given the mentions, a direction and the open card's mention (if any), the mention
 * to step to. It remembers the last step and where the caret was then.
 */
export function createStepper() {
  let lastStep: Range | undefined;
  /** The caret or focus when the last step was taken: stepping continues from that step until it moves. */
  let lastFrom: Position | undefined;

  function stepIndex(list: readonly CardMention[], direction: 1 | -1, open: Range | undefined): number {
    const openIndex = open ? list.findIndex((m) => m.range === open) : -1;
    if (openIndex >= 0) return wrapped(list, openIndex, direction);
    const position = readingPosition(isBackstoryHost);
    const moved = position?.node !== lastFrom?.node || position?.offset !== lastFrom?.offset;
    lastFrom = position;
    const current = lastStep ? list.findIndex((m) => m.range === lastStep) : -1;
    if (current >= 0 && !moved) return wrapped(list, current, direction);
    if (position) return indexFrom(list, position, direction);
    if (current >= 0) return wrapped(list, current, direction);
    return fromViewport(list, direction);
  }

  return (list: readonly CardMention[], direction: 1 | -1, open: Range | undefined) => {
    const mention = list[stepIndex(list, direction, open)];
    lastStep = mention?.range;
    return mention;
  };
}

/** Scrolls `range` to the middle of the viewport unless it is wholly in view. */
export function scrollIntoView(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
  const container = range.startContainer;
  const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const after = range.getBoundingClientRect();
  if (after.top < 0 || after.bottom > window.innerHeight) {
    window.scrollBy(0, after.top - window.innerHeight / 2);
  }
}
