/**
 * Where the tour card goes. Its code loads apart (tour-card-part.ts); once there it stays
 * mounted, as it always was, so what it keeps between tours (the open list of entries) is kept.
 * A chapter in the address asks for the code at once: the card appears with the data. The keys
 * pressed while it comes (a clicker's PageDown at once after Tour) step the tour all the same,
 * and Escape leaves it, with the message that the code could not come, if it cannot. Meanwhile
 * the map shows each chapter reached, as it does a linked one.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store.ts';
import { focusOnArrival } from '../ui/focus-on-arrival.ts';
import { PartSlot } from '../ui/PartSlot.tsx';
import { useLazyPart } from '../ui/useLazyPart.ts';
import { chapterView, clampChapter } from './chapters.ts';
import { stepTour } from './step.ts';
import { tourCardPart } from './tour-card-part.ts';
import { useTourKeys } from './useTourKeys.ts';
// Here, not in the chunk: loaded later, it would come after styles.css in the cascade and win over it.
import './tour.css';

export function TourSlot() {
  const chapter = useAppStore((s) => s.chapter);
  const touring = chapter !== null;
  const loaded = useLazyPart(tourCardPart, false);
  useTourKeys(touring && !loaded, (action) => stepTour(action, leave));
  useChapterBeforeCard(chapter, loaded !== undefined);
  if (loaded) return <loaded.TourCard />;
  // A failed download says so where the card lies, and goes when the reader leaves the tour; it
  // offers to try again, as does stepping to another chapter. Meanwhile the chapter's details
  // wait where the card will cover them, as they do for the card (tour.css).
  return touring ? (
    <PartSlot
      part={tourCardPart}
      placeholder={<div className="tour-card-coming holds-details" hidden />}
      fallbackClassName="tour-card tour-error holds-details"
      retryOn={chapter}
      onRetry={() => focusOnArrival('.tour-card .tour-title')}
    />
  ) : null;
}

/**
 * Shows each chapter reached before the card's code is there (Tour pressed, a clicker's steps,
 * Back), or when it could not come: its layers, year, selection and camera, framed in the whole
 * map. Before, the map stayed as it was until the card came. The card, once there, frames the
 * chapter beside itself (useChapterSync). A linked chapter is shown with the data (the store).
 */
function useChapterBeforeCard(chapter: number | null, loaded: boolean) {
  const previous = useRef(chapter);
  useEffect(() => {
    const changed = chapter !== previous.current;
    previous.current = chapter;
    const { dataset, showChapter, requestCamera } = useAppStore.getState();
    if (!changed || loaded || chapter === null || !dataset) return;
    const shown = clampChapter(chapter, dataset.tour.length);
    if (shown === null) return;
    const view = chapterView(dataset.tour[shown - 1]);
    showChapter(shown, view);
    requestCamera({ kind: 'chapter', camera: view.camera, inset: { left: 0, bottom: 0 } });
  }, [chapter, loaded]);
}

/** Leaving before the card is there: there is no card for the focus to leave. */
const leave = () => useAppStore.getState().setChapter(null);
