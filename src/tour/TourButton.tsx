/**
 * The header's "Tour" button: starts the guided tour at its first chapter, or at the one the
 * reader left it at (Home goes to the first), or leaves it.
 */
import { useAppStore } from '../state/store.ts';
import { preload } from '../ui/lazy-part.ts';
import { tourCardPart } from './tour-card-part.ts';

export const TOUR_BUTTON_ID = 'tour-button';

export function TourButton() {
  const touring = useAppStore((s) => s.chapter !== null);
  const hasTour = useAppStore((s) => (s.dataset?.tour.length ?? 0) > 0);
  const setChapter = useAppStore((s) => s.setChapter);
  const resumeAt = useAppStore((s) => s.chapterLeft);
  return (
    <button
      type="button"
      id={TOUR_BUTTON_ID}
      className="button tour-button"
      data-presentation="keep"
      aria-pressed={touring}
      disabled={!hasTour}
      title={resumeAt && !touring ? `Back to chapter ${resumeAt}, where you left the tour` : undefined}
      onClick={() => setChapter(touring ? null : (resumeAt ?? 1))}
      // The card's code, if the browser has not idled since the map was drawn.
      onPointerEnter={() => preload(tourCardPart)}
      onFocus={() => preload(tourCardPart)}
    >
      Tour
    </button>
  );
}
