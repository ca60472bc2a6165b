/**
 * One step of the tour from the chapter shown now (the requested one, clamped to the tour): to
 * another chapter, or out of the tour through `leave`. The card takes its steps here, and so do
 * the keys pressed while the card's code is still coming (TourSlot).
 */
import { useAppStore } from '../state/store.ts';
import { clampChapter } from './chapters.ts';
import { chapterAfter, type TourAction } from './keys.ts';

export function stepTour(action: TourAction, leave: () => void) {
  const { chapter, dataset, setChapter } = useAppStore.getState();
  const count = dataset?.tour.length ?? 0;
  const shown = chapter === null ? null : clampChapter(chapter, count);
  if (shown === null) return;
  const next = chapterAfter(action, shown, count);
  if (next === null) leave();
  else if (next !== shown) setChapter(next);
}
