/**
 * The guided tour: shown while the address names a chapter (`tour=N`, clamped to the last one).
 * Each step the reader takes is a history entry, so Back returns to the previous chapter;
 * useChapterSync applies the chapter's view, useTourKeys the keyboard and clicker, and
 * ChapterCard draws the card.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { IndexedDataset } from '../data/dataset.ts';
import { isPresenting } from '../modes/modes.ts';
import { useAppStore } from '../state/store.ts';
import type { Selection } from '../state/url.ts';
import { clampChapter } from './chapters.ts';
import { selectionLabel } from '../data/selection.ts';
import { ChapterCard } from './ChapterCard.tsx';
import { SpokenStatus } from '../ui/SpokenStatus.tsx';
import type { TourAction } from './keys.ts';
import { stepTour } from './step.ts';
import { TOUR_BUTTON_ID } from './TourButton.tsx';
import { useCardSpace } from './useCardSpace.ts';
import { detailsWaitForFold, useChapterSync } from './useChapterSync.ts';
import { useTourKeys } from './useTourKeys.ts';
import { focusInPlace } from '../ui/in-place.ts';

const NO_TOUR: IndexedDataset['tour'] = [];
export function TourCard() {
  const requested = useAppStore((s) => s.chapter);
  const dataset = useAppStore((s) => s.dataset);
  const tour = dataset?.tour ?? NO_TOUR;
  const shown = requested === null ? null : clampChapter(requested, tour.length);
  const card = useRef<HTMLElement>(null);
  const [citesOpen, setCitesOpen] = useState(false);
  // Folding hides the text to show the map; the next chapter opens unfolded, except in a
  // presentation: a teacher who hid the text talks over the map, and would press it every step.
  const presenting = useAppStore(isPresenting);
  const [fold, setFold] = useState<{ chapter: number; held: boolean } | null>(null);
  const folded = shown !== null && fold !== null && (fold.chapter === shown || (fold.held && presenting));
  const frameAfterFold = useChapterSync(requested, shown, tour, card);
  useCardSpace(card, shown !== null && dataset !== null);

  const go = (action: TourAction) => stepTour(action, leaveTour);
  useTourKeys(shown !== null, go);
  useFocusLeftToTourButton(shown !== null);

  // Beside the card the focus stays on the entry pressed, to go on through the list; a screen
  // reader heard nothing of the details that opened. They are said in a status, as in InViewList.
  const [opened, setOpened] = useState('');
  const openEntry = (entry: Selection) => {
    // On a phone the details show only beside a folded card; folding hides the citation pressed,
    // so the focus goes on to the details it opened.
    const foldsAway = detailsWaitForFold();
    useAppStore.getState().select(entry, { focusDetails: foldsAway });
    if (foldsAway && shown !== null) setFold({ chapter: shown, held: false });
    else if (dataset) setOpened(`Details shown: ${selectionLabel(dataset, entry)}`);
  };

  if (shown === null || !dataset) return null;
  return (
    <>
      <ChapterCard
        ref={card}
        dataset={dataset}
        chapter={shown}
        go={go}
        openEntry={openEntry}
        citesOpen={citesOpen}
        setCitesOpen={setCitesOpen}
        folded={folded}
        setFolded={(hide) => {
          setFold(hide ? { chapter: shown, held: presenting } : null);
          frameAfterFold();
        }}
      />
      <SpokenStatus text={opened} />
    </>
  );
}

/** Leaves the tour, keeping the view (useFocusLeftToTourButton takes care of the focus). */
function leaveTour() {
  useAppStore.getState().setChapter(null);
}

/**
 * However the tour is left (Escape, the card's ×, "End tour", Back from its first chapter), a
 * focus that was in the card, and so falls to the page with it, goes to the Tour button, which
 * takes the reader back to the chapter. Back left it on the page, and the next Tab started over.
 */
function useFocusLeftToTourButton(open: boolean) {
  useLayoutEffect(() => {
    if (!open) return;
    return () => {
      // Runs after the card is gone (its children are removed first). Not when React only
      // tries the effect again (development's StrictMode), with the tour still on.
      if (useAppStore.getState().chapter !== null) return;
      if (document.activeElement === document.body) focusInPlace(document.getElementById(TOUR_BUTTON_ID));
    };
  }, [open]);
}
