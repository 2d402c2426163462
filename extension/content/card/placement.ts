/**
 * Places the card next to a mention with @floating-ui/dom: below (or above when there is no
 * room), shifted to stay 8 px inside the viewport, height capped to the space available, and
 * kept in place while the page scrolls or resizes.
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

export const CARD_GAP_PX = 6;
export const VIEWPORT_PADDING_PX = 8;
/** Below this available height the card would be unusable; it then keeps this and may overlap. */
const MIN_CARD_HEIGHT_PX = 120;

/** A floating-ui reference for one line box of a (possibly wrapped) mention. */
export function rangeReference(range: Range, rectIndex: number): VirtualElement {
  const pick = (): DOMRect => {
    const rects = range.getClientRects();
    return rects[Math.min(Math.max(rectIndex, 0), rects.length - 1)] ?? range.getBoundingClientRect();
  };
  const container = range.startContainer;
  const contextElement =
    container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
  return {
    getBoundingClientRect: pick,
    getClientRects: () => [pick()],
    ...(contextElement ? { contextElement } : {}),
  };
}

function isOffscreen(rect: { top: number; bottom: number; left: number; right: number }): boolean {
  return rect.bottom < 0 || rect.top > window.innerHeight || rect.right < 0 || rect.left > window.innerWidth;
}

export async function placeCard(reference: VirtualElement, card: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(CARD_GAP_PX),
      flip({ padding: VIEWPORT_PADDING_PX }),
      shift({ padding: VIEWPORT_PADDING_PX }),
      size({
        padding: VIEWPORT_PADDING_PX,
        apply({ availableHeight }) {
          card.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, Math.floor(availableHeight))}px`;
        },
      }),
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
  reference: VirtualElement,
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
