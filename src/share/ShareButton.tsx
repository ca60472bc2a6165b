/**
 * "Share & save": the header button and its dialog (a link to the view, embed code, a slide
 * image, the data as files, a printable handout). The dialog's contents and the handout load
 * only when first asked for, so they cost the first page load nothing.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../state/store.ts';
import '../ui/dialog.css';
import './share.css';

const SharePanel = lazy(() => import('./SharePanel.tsx').then((m) => ({ default: m.SharePanel })));
const PrintHandout = lazy(() => import('./PrintHandout.tsx').then((m) => ({ default: m.PrintHandout })));

export function ShareButton() {
  const ready = useAppStore((s) => s.dataset !== null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState(false);

  // Back to the button once the handout is gone (not before: while it is laid out for paper
  // the app is hidden from print, and a hidden button cannot take focus).
  const printed = useRef(false);
  useEffect(() => {
    if (printing) printed.current = true;
    else if (printed.current) {
      printed.current = false;
      opener.current?.focus();
    }
  }, [printing]);

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button share-button"
        onClick={show}
        disabled={!ready}
        aria-haspopup="dialog"
      >
        Share &amp; save
      </button>
      <dialog
        ref={dialog}
        className="app-dialog share-dialog"
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
      >
        <div className="dialog-head">
          <h2 id={headingId}>Share and save this view</h2>
          <button type="button" className="button dialog-close" onClick={close}>
            Close
          </button>
        </div>
        {open && (
          <Suspense fallback={<p className="share-loading">Loading…</p>}>
            <SharePanel
              onPrintHandout={() => {
                close();
                setPrinting(true);
              }}
            />
          </Suspense>
        )}
      </dialog>
      {printing &&
        createPortal(
          <Suspense fallback={null}>
            <PrintHandout onDone={() => setPrinting(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
