/**
 * Where the focus goes when the details close. Their close button (or a link in them) goes with
 * them, and the focus fell to the page's body: a keyboard reader started again from the header.
 * It goes back to what had it when the details opened (the search box, a row of the table, the
 * map), or else to the map.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

/** Call with whether the details are open. */
export function useFocusBackOnClose(open: boolean): void {
  // What had the focus when the details opened; undefined while they are closed.
  const opener = useRef<Element | null | undefined>(undefined);
  // A layout effect: it runs before the panel's own effect moves the focus to its heading.
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement;
  }, [open]);
  // Once closed, the panel is out of the page: the focus was lost if it was in it.
  useEffect(() => {
    if (open || opener.current === undefined) return;
    const back = opener.current;
    opener.current = undefined;
    if (document.activeElement && document.activeElement !== document.body) return;
    // Not into a page that has not the focus: an embed took it from its host page's text field
    // when an address naming an unknown country opened the details and shut them as it loaded.
    if (!document.hasFocus()) return;
    focusFirst([back, document.querySelector('.maplibregl-canvas')]);
  }, [open]);
}

/**
 * Focuses the first of these that takes the focus: still in the page, and neither hidden nor in a
 * closed drawer (the side panel's drawer is only `visibility: hidden`, where a list's button that
 * opened the details refused the focus, and it fell to the page's body).
 */
function focusFirst(candidates: (Element | null)[]): void {
  for (const e of candidates) {
    if (!(e instanceof HTMLElement) || e === document.body || !e.isConnected) continue;
    e.focus({ preventScroll: true });
    if (document.activeElement === e) return;
  }
}
