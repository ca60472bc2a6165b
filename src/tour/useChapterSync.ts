/**
 * Applies the chapter the store names to the view. The store's `chapter` changes first (a step
 * of the reader's, pushed to the history; Back or Forward; an address opened), then this applies
 * that chapter's layers, year, selection and camera as a correction of the same history entry.
 * A number beyond the tour is clamped to its last chapter. Leaving moves nothing here: the reader
 * leaving keeps the picture (the store's setChapter), Back out of the tour shows the address's
 * camera (applyUrlState).
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { TourChapter } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { chapterView } from './chapters.ts';

export function useChapterSync(
  requested: number | null,
  shown: number | null,
  tour: TourChapter[],
  card: RefObject<HTMLElement | null>,
) {
  const applied = useRef<number | null>(null);
  useEffect(() => {
    const { showChapter, requestCamera } = useAppStore.getState();
    if (shown === null) {
      if (requested === null) applied.current = null;
      return;
    }
    if (shown === applied.current && shown === requested) return;
    applied.current = shown;
    const view = chapterView(tour[shown - 1]);
    showChapter(shown, view);
    // Measure the card once the chapter is laid out (its text sets its height), unless the
    // reader has moved on by then.
    requestAnimationFrame(() => {
      if (applied.current === shown)
        requestCamera({ kind: 'chapter', camera: view.camera, inset: hiddenBy(card.current) });
    });
  }, [requested, shown, tour, card]);
}

/**
 * How much of the map the card hides: at its bottom, or at its left where the card stands the
 * map's whole height (a short screen); nothing where it stands beside the map (a wide screen). The map adds what the details panel covers (beside the
 * map on wide screens, stacked above the card on a phone) and frames the camera in the rest.
 */
function hiddenBy(card: HTMLElement | null): { left: number; bottom: number } {
  const none = { left: 0, bottom: 0 };
  const map = document.querySelector('.map-area')?.getBoundingClientRect();
  if (!card || !map) return none;
  const r = card.getBoundingClientRect();
  const overMap = r.left < map.right - 1 && r.right > map.left + 1 && r.top < map.bottom && r.height > 0;
  if (!overMap) return none;
  const gap = 8;
  const beside = r.top < map.top + map.height / 3;
  return beside
    ? { left: Math.round(r.right - map.left + gap), bottom: 0 }
    : { left: 0, bottom: Math.round(map.bottom - r.top + gap) };
}
