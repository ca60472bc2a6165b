/**
 * Where the details panel goes. Its code loads apart (details-part.ts); until it is there, nothing
 * shows: the panel appears whole, never as an empty box that then grows (a phone's sheet takes its
 * height from its content, and the camera keeps clear of it). Escape closes the details from
 * here, so that it closes them while their code still comes too (a click on the map, then
 * Escape, on a slow connection), and closes a message that their code failed to come.
 */
import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';
import { selectionKey } from '../state/url.ts';
import { focusOnArrival } from '../ui/focus-on-arrival.ts';
import { PartSlot } from '../ui/PartSlot.tsx';
import { detailsPanelPart } from './details-part.ts';
import { useFocusBackOnClose } from './focus-back.ts';
// Here, not in the chunk: loaded later, it would come after styles.css in the cascade and win over it.
import './details.css';

export function DetailsSlot() {
  // An entry the address named and the data lacks opens them too, to say so (DetailsPanel).
  const selected = useAppStore((s) => selectionKey(s.selection ?? s.unknownSelection));
  const open = selected !== null;
  useEscapeToClose(open);
  useFocusBackOnClose(open);
  // A failed download says so where the details lie, and goes with them (Escape); it offers to
  // try again, as does choosing another entry.
  return open ? (
    <PartSlot
      part={detailsPanelPart}
      render={(m) => <m.DetailsPanel />}
      fallbackClassName="details-panel details-error"
      retryOn={selected}
      onRetry={() => focusOnArrival('.details-panel h2')}
    />
  ) : null;
}

/**
 * Escape closes the details, except where Escape already means something else: in an open
 * dialog, and in a text field (the search box clears or closes its suggestions with it).
 */
function useEscapeToClose(open: boolean) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.target instanceof Element && e.target.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault(); // Taken: the layers' drawer behind stays open (SidePanel.tsx).
      useAppStore.getState().select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}
