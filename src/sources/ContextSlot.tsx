/**
 * "Read in context": a modal dialog showing the paragraph a quote comes from. The store's
 * `contextCitation` opens and closes it; focus goes back to the button that opened it.
 * The dialog's frame is here; its body's code (ContextBody.tsx, which finds the passage in its
 * document) is a chunk of its own, asked for when a passage is opened or when the browser idles
 * after the map is drawn (ui/lazy-part.ts). The dialog opens once that code is there, so it never
 * opens empty and then fills; or once it could not come, and then says so in the dialog, as Cite
 * does, where Escape closes it. Escape pressed while the code comes cancels the opening.
 */
import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import { useAppStore } from '../state/store.ts';
import { focusOnArrival } from '../ui/focus-on-arrival.ts';
import { DialogHead } from '../ui/DialogHead.tsx';
import { isNewFailure, lazyPart } from '../ui/lazy-part.ts';
import { PartSlot } from '../ui/PartSlot.tsx';
import { takeEscape } from '../ui/take-escape.ts';
// Here, not in the chunk: loaded later, they would come after styles.css in the cascade and win over it.
import '../ui/dialog.css';
import './context.css';
import { focusInPlace } from '../ui/in-place.ts';

const contextBody = lazyPart(() => import('./ContextBody.tsx'));

export function ContextSlot() {
  const citation = useAppStore((s) => s.contextCitation);
  const showInContext = useAppStore((s) => s.showInContext);
  const outcome = useSyncExternalStore(contextBody.subscribe, contextBody.outcome);
  // The body's code is here, or could not come this time (a failure shown before is asked for again).
  const ready = outcome !== undefined && (outcome.ok || isNewFailure(outcome.error));
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const headingId = useId();

  useEffect(() => {
    if (citation) void contextBody.load();
  }, [citation]);
  const opening = citation !== null && !ready;
  useEffect(() => (opening ? takeEscape(() => showInContext(null)) : undefined), [opening, showInContext]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (citation && ready && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    } else if (!citation && d.open) d.close();
  }, [citation, ready]);

  // Every way of closing (Escape, the button, the store) ends here.
  const onClose = () => {
    showInContext(null);
    if (opener.current?.isConnected) focusInPlace(opener.current);
    opener.current = null;
  };

  return (
    <dialog ref={dialog} className="app-dialog context-dialog" aria-labelledby={headingId} onClose={onClose}>
      <DialogHead id={headingId} title="The passage in context" onClose={() => showInContext(null)} />
      {citation && (
        <PartSlot
          part={contextBody}
          render={(m) => <m.ContextBody citation={citation} />}
          onRetry={() => focusOnArrival('.context-dialog .dialog-close')}
        />
      )}
    </dialog>
  );
}
