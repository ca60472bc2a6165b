/**
 * Applies the chapter the store names to the view. The store's `chapter` changes first (a step
 * of the reader's, pushed to the history; Back or Forward; an address opened), then this applies
 * that chapter's layers, year, selection and camera as a correction of the same history entry
 * (an address that names its own entry, year or layers keeps them: the store's showingChapter).
 * A number beyond the tour is clamped to its last chapter. Leaving moves nothing here: the reader
 * leaving keeps the picture (the store's setChapter), Back out of the tour shows the address's
 * camera (applyUrlState).
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { TourChapter } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { chapterView } from './chapters.ts';
import type { Camera } from '../map/camera.ts';
import { chapterInset } from '../map/covered-by-card.ts';

/** A phone: the card is a bottom sheet, and so are the details (tour.css). */
const PHONE = '(max-width: 700px)';

/**
 * Where the details show only once the card is folded: a phone, a short small screen, a tablet on
 * its side (tour.css uses this query).
 */
const DETAILS_AFTER_FOLD = `${PHONE}, (max-height: 600px) and (max-width: 1100px), (max-width: 1100px) and (orientation: landscape)`;

export const detailsWaitForFold = () => window.matchMedia(DETAILS_AFTER_FOLD).matches;

export function useChapterSync(
  requested: number | null,
  shown: number | null,
  tour: TourChapter[],
  card: RefObject<HTMLElement | null>,
) {
  const applied = useRef<number | null>(null);
  useEffect(() => {
    const { showChapter } = useAppStore.getState();
    if (shown === null) {
      if (requested === null) applied.current = null;
      return;
    }
    if (shown === applied.current && shown === requested) return;
    applied.current = shown;
    const view = chapterView(tour[shown - 1]);
    showChapter(shown, view);
    frameBesideCard(card, view.camera, () => applied.current === shown);
  }, [requested, shown, tour, card]);

  // Where the details wait for the card to fold, the reader folding it brings them over the map's
  // right, and unfolding takes them away: the chapter is framed again in what the card and they
  // leave. Beside a tablet's card, the event the chapter is about lay under the details that came.
  // On a phone the details come as a sheet stacked above the folded card, covering about what the
  // card did: the map stays.
  return function frameAfterFold() {
    if (shown === null || !detailsWaitForFold() || window.matchMedia(PHONE).matches) return;
    frameBesideCard(card, chapterView(tour[shown - 1]).camera, () => applied.current === shown);
  };
}

/**
 * Frames a chapter's camera beside the card once the chapter is laid out (its text sets the
 * card's height), unless the reader has moved on by then (`current`).
 */
function frameBesideCard(card: RefObject<HTMLElement | null>, camera: Camera, current: () => boolean) {
  requestAnimationFrame(() => {
    if (current()) useAppStore.getState().requestCamera({ kind: 'chapter', camera, inset: chapterInset(card.current) });
  });
}
