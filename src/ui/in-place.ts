/**
 * Focus and scrolling that stay inside the app's own page. The browser's own (`scrollIntoView`,
 * and `focus()` bringing its element into sight) scroll every box that holds the element, the
 * article around an embed too: "Read in context" in a 640 × 480 embed moved the host's page by
 * 387 px, and a click on a country in the details by 19. These scroll only the boxes of this
 * document that hold the element; the app's page itself never scrolls (hardening.spec).
 */

export type Block = 'nearest' | 'center' | 'start';

/** Focuses `element`, scrolling only the boxes in this page that hold it, and only as far as needed. */
export function focusInPlace(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  scrollIntoSight(element);
}

/**
 * Scrolls each box in this page that holds `element` (innermost first) so that it shows: at the
 * box's start or centre, or (`nearest`) by the least scroll that brings it in. Each box's scroll
 * padding is kept clear, as `scrollIntoView` keeps it.
 */
export function scrollIntoSight(
  element: Element,
  { block = 'nearest', smooth = false }: { block?: Block; smooth?: boolean } = {},
) {
  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
    if (box.scrollHeight <= box.clientHeight) continue;
    const style = getComputedStyle(box);
    if (style.overflowY !== 'auto' && style.overflowY !== 'scroll') continue;
    const frame = box.getBoundingClientRect();
    const top = frame.top + box.clientTop + (parseFloat(style.scrollPaddingTop) || 0);
    const bottom = frame.top + box.clientTop + box.clientHeight - (parseFloat(style.scrollPaddingBottom) || 0);
    const shown = element.getBoundingClientRect();
    const by = scrollNeeded(shown, { top, bottom }, block);
    if (by !== 0) box.scrollBy({ top: by, behavior: smooth ? 'smooth' : 'instant' });
  }
}

/** How far (px, down positive) a box must scroll to show `shown` within its visible `view`. */
export function scrollNeeded(
  shown: { top: number; bottom: number },
  view: { top: number; bottom: number },
  block: Block,
): number {
  if (block === 'start') return shown.top - view.top;
  if (block === 'center') return (shown.top + shown.bottom) / 2 - (view.top + view.bottom) / 2;
  // Nearest: nothing if it shows whole; else its nearer edge to the box's; taller than the box, its top.
  if (shown.top >= view.top && shown.bottom <= view.bottom) return 0;
  if (shown.top < view.top || shown.bottom - shown.top > view.bottom - view.top) return shown.top - view.top;
  return shown.bottom - view.bottom;
}
