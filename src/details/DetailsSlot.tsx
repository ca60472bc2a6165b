/**
 * Where the details panel goes. Its code loads apart (details-part.ts); until it is there, nothing
 * shows: the panel appears whole, never as an empty box that then grows (a phone's sheet takes its
 * height from its content, and the camera keeps clear of it).
 */
import { useAppStore } from '../state/store.ts';
import { useLazyPart } from '../ui/useLazyPart.ts';
import { detailsPanelPart } from './details-part.ts';
// Here, not in the chunk: loaded later, it would come after styles.css in the cascade and win over it.
import './details.css';

export function DetailsSlot() {
  const wanted = useAppStore((s) => s.selection !== null);
  const loaded = useLazyPart(detailsPanelPart, wanted);
  return loaded ? <loaded.DetailsPanel /> : null;
}
