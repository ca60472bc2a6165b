/**
 * Applies the chapter the store names to the view. The store's `chapter` changes first (a step
 * of the reader's, pushed to the history; Back or Forward; an address opened), then this applies
 * that chapter's layers, year, selection and camera as a correction of the same history entry.
 * A number beyond the tour is clamped to its last chapter; leaving the tour releases the camera,
 * keeping the picture.
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
      if (requested === null && applied.current !== null) {
        applied.current = null;
        requestCamera(null, 0);
      }
      return;
    }
    if (shown === applied.current && shown === requested) return;
    applied.current = shown;
    const view = chapterView(tour[shown - 1]);
    showChapter(shown, view);
    // Measure the card once the chapter is laid out (its details panel narrows the map), unless
    // the reader has moved on by then.
    requestAnimationFrame(() => {
      if (applied.current === shown) requestCamera(view.camera, hiddenHeight(card.current));
    });
  }, [requested, shown, tour, card]);
}

/**
 * How much of the map the overlays hide at its bottom: the card, and on a phone the details sheet
 * stacked above it. The camera then frames the part of the map left in view.
 */
function hiddenHeight(card: HTMLElement | null): number {
  const map = document.querySelector('.map-area')?.getBoundingClientRect();
  if (!card || !map) return 0;
  const overlays = [card, document.querySelector('.details-panel')].flatMap((el) =>
    el ? [el.getBoundingClientRect()] : [],
  );
  const gap = 8;
  let top = map.bottom;
  for (const r of overlays) {
    const overMap = r.left < map.right - 1 && r.right > map.left + 1 && r.top < map.bottom && r.height > 0;
    if (overMap) top = Math.min(top, r.top);
  }
  return top < map.bottom ? Math.round(map.bottom - top + gap) : 0;
}
