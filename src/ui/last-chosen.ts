/**
 * Back from the map (or the view opened again), the reader finds the entry they last chose in a
 * list where they left it, not at the list's top: the page scrolls it into the middle, once, as
 * the view opens. Each view marks it too, so that they find their place at a glance.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { useAppStore, type ListView } from '../state/store.ts';
import { scrollIntoSight } from './in-place.ts';

/**
 * Scrolls `view`'s last chosen entry, the element whose `data-key` is its key, into the middle of
 * `page`. Where the focus was lost (Back took away the details that held it), it goes to the
 * entry's button, so that the keyboard goes on from there rather than from the page's top.
 */
export function useScrollToLastChosen(view: ListView, page: RefObject<HTMLElement | null>, ready: boolean) {
  useLayoutEffect(() => {
    // Read once, as the view opens: not again each time the reader chooses.
    const key = useAppStore.getState().lastChosen[view];
    const entry = key && page.current?.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (!entry) return;
    scrollIntoSight(entry, { block: 'center' });
    const button = entry instanceof HTMLButtonElement ? entry : entry.querySelector('button');
    if (document.activeElement === document.body) button?.focus({ preventScroll: true });
  }, [view, page, ready]);
}
