/**
 * Makes a box reachable by Tab while its content overflows it, so that a keyboard can scroll it
 * (axe's scrollable-region-focusable), and no extra tab stop while it does not.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useTabbableWhileScrolling(box: RefObject<HTMLElement | null>) {
  // After every render: the content may have changed (another chapter's text).
  useLayoutEffect(() => update(box.current));
  // And when the box is resized (the window, a fold).
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => update(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);
}

function update(el: HTMLElement | null) {
  if (!el) return;
  if (el.scrollHeight > el.clientHeight + 1) el.tabIndex = 0;
  else el.removeAttribute('tabindex');
}
