/**
 * Places the card next to a mention with @floating-ui/core: below (or above when there is no
 * room), shifted to stay 8 px inside the viewport, height capped to the larger side's space, and
 * kept in place while the page scrolls or resizes.
 *
 * The card is `position: fixed` in a shadow root on the root element and only ever clipped by the
 * viewport, so a three-function platform (below) does what @floating-ui/dom's general one does for
 * any element in any scroller, at a fraction of the content script's size budget.
 */
import { computePosition, flip, offset, type Platform, shift } from '@floating-ui/core';

export const CARD_GAP_PX = 6;
export const VIEWPORT_PADDING_PX = 8;
/** Below this available height the card would be unusable; it then keeps this and may overlap. */
const MIN_CARD_HEIGHT_PX = 120;

/** What the card is placed against: one line box of a mention, read afresh on every placement. */
export type CardReference = { getBoundingClientRect(): DOMRect };

/** The reference for one line box of a (possibly wrapped) mention. */
export function rangeReference(range: Range, rectIndex: number): CardReference {
  return {
    getBoundingClientRect: () => {
      const rects = range.getClientRects();
      return rects[Math.min(Math.max(rectIndex, 0), rects.length - 1)] ?? range.getBoundingClientRect();
    },
  };
}

/** Viewport coordinates for a fixed card: the reference's box, the card's size, the viewport. */
const VIEWPORT_PLATFORM: Platform = {
  getElementRects: ({ reference, floating }) => {
    const r = (reference as CardReference).getBoundingClientRect();
    const card = floating as HTMLElement;
    return {
      reference: { x: r.left, y: r.top, width: r.width, height: r.height },
      floating: { x: 0, y: 0, width: card.offsetWidth, height: card.offsetHeight },
    };
  },
  getDimensions: (element) => ({
    width: (element as HTMLElement).offsetWidth,
    height: (element as HTMLElement).offsetHeight,
  }),
  getClippingRect: () => ({
    x: 0,
    y: 0,
    width: document.documentElement.clientWidth,
    height: window.innerHeight,
  }),
};

function isOffscreen(rect: { top: number; bottom: number; left: number; right: number }): boolean {
  return rect.bottom < 0 || rect.top > window.innerHeight || rect.right < 0 || rect.left > window.innerWidth;
}

/**
 * Caps the card's height to the larger space beside the mention (below or above it), so `flip`
 * finds a side where it fits without covering the mention (floating-ui's `size` middleware does the
 * same but weighs more than the content script's size budget allows).
 */
function capHeight(reference: CardReference, card: HTMLElement): void {
  const rect = reference.getBoundingClientRect();
  const room = Math.max(window.innerHeight - rect.bottom, rect.top) - CARD_GAP_PX - VIEWPORT_PADDING_PX;
  card.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, Math.floor(room))}px`;
}

export async function placeCard(reference: CardReference, card: HTMLElement): Promise<void> {
  capHeight(reference, card);
  const { x, y } = await computePosition(reference, card, {
    platform: VIEWPORT_PLATFORM,
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(CARD_GAP_PX),
      flip({ padding: VIEWPORT_PADDING_PX }),
      shift({ padding: VIEWPORT_PADDING_PX }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
  // Scrolled out of sight: hide rather than leave the card pinned to the viewport edge.
  card.style.visibility = isOffscreen(reference.getBoundingClientRect()) ? 'hidden' : '';
}

/**
 * Places the card now and again (once per animation frame at most) whenever the page or any
 * scroller in it scrolls, the window resizes, or the card's own size changes. Our own small
 * loop instead of floating-ui's `autoUpdate`, which would add its layout-shift observers to
 * the content script's size budget. Returns the function that stops it.
 */
export function followReference(
  reference: CardReference,
  card: HTMLElement,
  onError: (error: unknown) => void,
): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    placeCard(reference, card).catch(onError);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const listen = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, listen);
  window.addEventListener('resize', schedule, listen);
  const observer = new ResizeObserver(schedule);
  observer.observe(card);
  update();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, listen);
    window.removeEventListener('resize', schedule, listen);
    observer.disconnect();
  };
}
