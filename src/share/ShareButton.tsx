/**
 * "Share & save": the header button and its dialog (a link to the view, embed code, a slide
 * image, the data as files, a printable handout). The dialog's contents and the handout load
 * apart, only when first asked for (ui/lazy-part.ts), so they cost the first page load nothing.
 * Code that could not come says so where it would show and offers to try again: in the dialog,
 * which stays open, or over the page for the handout, which Escape then gives up.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../state/store.ts';
import { focusOnArrival } from '../ui/focus-on-arrival.ts';
import { lazyPart } from '../ui/lazy-part.ts';
import { PartSlot } from '../ui/PartSlot.tsx';
import { takeEscape } from '../ui/take-escape.ts';
import { useLazyPart } from '../ui/useLazyPart.ts';
import '../ui/dialog.css';
import './share.css';

const sharePanel = lazyPart(() => import('./SharePanel.tsx'), { whenIdle: false });
const printHandout = lazyPart(() => import('./PrintHandout.tsx'), { whenIdle: false });

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
          <PartSlot
            part={sharePanel}
            render={(m) => (
              <m.SharePanel
                onPrintHandout={() => {
                  close();
                  setPrinting(true);
                }}
              />
            )}
            placeholder={<p className="share-loading">Loading…</p>}
            onRetry={() => focusOnArrival('.share-dialog .dialog-close')}
          />
        )}
      </dialog>
      {printing && createPortal(<HandoutSlot onDone={() => setPrinting(false)} />, document.body)}
    </>
  );
}

/**
 * The handout while it prints. Code that could not come says so at the top of the page, as the
 * data's own load error does. Until the code is here, Escape gives the handout up (as it would
 * the dialog it was asked for in), and so closes that message.
 */
function HandoutSlot({ onDone }: { onDone: () => void }) {
  const loaded = useLazyPart(printHandout, false);
  useEffect(() => (loaded ? undefined : takeEscape(onDone)), [loaded, onDone]);
  return (
    <PartSlot part={printHandout} render={(m) => <m.PrintHandout onDone={onDone} />} fallbackClassName="load-error" />
  );
}
