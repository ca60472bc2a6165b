/**
 * The tour card's code (TourCard.tsx: the card, its chapter logic and its keys), a chunk of its
 * own: the first view shows only the Tour button. Asked for when a chapter is open, on the hover
 * or focus of the Tour button, or when the browser idles after the map is drawn (ui/lazy-part.ts).
 */
import { lazyPart } from '../ui/lazy-part.ts';

export const tourCardPart = lazyPart(() => import('./TourCard.tsx'));
