/**
 * Where the tour card goes. Its code loads apart (tour-card-part.ts); once there it stays
 * mounted, as it always was, so what it keeps between tours (the open list of entries) is kept.
 * A chapter in the address asks for the code at once: the card appears with the data.
 */
import { useAppStore } from '../state/store.ts';
import { useLazyPart } from '../ui/useLazyPart.ts';
import { tourCardPart } from './tour-card-part.ts';
// Here, not in the chunk: loaded later, it would come after styles.css in the cascade and win over it.
import './tour.css';

export function TourSlot() {
  const wanted = useAppStore((s) => s.chapter !== null);
  const loaded = useLazyPart(tourCardPart, wanted);
  return loaded ? <loaded.TourCard /> : null;
}
