/**
 * Back from the map (or the view opened again), the reader finds the entry they last chose in a
 * list where they left it, not at the list's top: the page scrolls it into the middle, once, as
 * the view opens. Each view marks it too, so that they find their place at a glance. An entry the
 * map has selected (chosen there, or named by the address) comes first: it is the one the details
 * show, and the reader who opens the table beside them looks for its row.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { useAppStore, type ListView } from '../state/store.ts';
import { selectionKey } from '../state/url.ts';
import { scrollIntoSight } from './in-place.ts';

/**
 * Scrolls the entry the map has selected, else `view`'s last chosen entry, the element whose
 * `data-key` is its key, into the middle of `page`. Where the focus was lost (Back took away the
 * details that held it), it goes to the last chosen entry's button, so that the keyboard goes on
 * from there rather than from the page's top. A selection made elsewhere does not take the focus:
 * the reader did not choose it in this list.
 */
export function useScrollToLastChosen(view: ListView, page: RefObject<HTMLElement | null>, ready: boolean) {
  useLayoutEffect(() => {
    // Read once, as the view opens: not again each time the reader chooses.
    const { selection, lastChosen } = useAppStore.getState();
    const find = (key: string | null) => key && page.current?.querySelector(`[data-key="${CSS.escape(key)}"]`);
    const selected = find(selectionKey(selection));
    const entry = selected || find(lastChosen[view]);
    if (!entry) return;
    const button = entry instanceof HTMLButtonElement ? entry : entry.querySelector('button');
    const chosenHere = entry.getAttribute('data-key') === lastChosen[view];
    if (chosenHere && document.activeElement === document.body) button?.focus({ preventScroll: true });
    return scrollUntilSettled(entry);
  }, [view, page, ready]);
}

/**
 * Scrolls `entry` into the middle, then again at each of the next few frames. Rows out of sight
 * are laid out at an estimated height (the phone's cards, `content-visibility: auto`); those the
 * scroll brings into sight take their real one, which moved the entry below the fold on a phone.
 */
function scrollUntilSettled(entry: Element, frames = 3): () => void {
  let frame = 0;
  const step = (left: number) => {
    scrollIntoSight(entry, { block: 'center' });
    if (left > 0) frame = requestAnimationFrame(() => step(left - 1));
  };
  step(frames);
  return () => cancelAnimationFrame(frame);
}
