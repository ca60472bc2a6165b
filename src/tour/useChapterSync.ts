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
        requestCamera({ kind: 'chapter', camera: view.camera, inset: hiddenHeight(card.current) });
    });
  }, [requested, shown, tour, card]);
}

/**
 * How much of the map the card hides at its bottom. The map adds what the details panel covers
 * (beside the map on wide screens, stacked above the card on a phone) and frames the camera in
 * the part left in view.
 */
function hiddenHeight(card: HTMLElement | null): number {
  const map = document.querySelector('.map-area')?.getBoundingClientRect();
  if (!card || !map) return 0;
  const r = card.getBoundingClientRect();
  const overMap = r.left < map.right - 1 && r.right > map.left + 1 && r.top < map.bottom && r.height > 0;
  const gap = 8;
  return overMap ? Math.round(map.bottom - r.top + gap) : 0;
}
