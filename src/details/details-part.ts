/**
 * The details panel's code (DetailsPanel.tsx and what it draws for each kind), a chunk of its own:
 * the first view shows no selection. It loads with the entries' quotes (state/citations.ts). Asked for once something is selected or when the browser
 * idles after the map is drawn (ui/lazy-part.ts); the camera's moves clear of the panel wait for
 * it (map/camera-moves.ts).
 */
import { withCitations } from '../state/citations.ts';
import { lazyPart } from '../ui/lazy-part.ts';

export const detailsPanelPart = lazyPart(withCitations(() => import('./DetailsPanel.tsx')));
