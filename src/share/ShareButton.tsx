/**
 * "Share & save": the header button and its dialog (a link to the view, embed code, a slide
 * image, the data as files, a printable handout). The dialog's contents and the handout load
 * apart, only when first asked for (ui/lazy-part.ts), so they cost the first page load nothing.
 * Code that could not come says so in the dialog, which stays open, and offers to try again. The
 * dialog closes for the handout only once the handout's code is here.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../state/store.ts';
import { focusOnArrival } from '../ui/focus-on-arrival.ts';
import { DialogHead } from '../ui/DialogHead.tsx';
import { useCloseOnHistoryStep } from '../ui/useCloseOnHistoryStep.ts';
import { lazyPart, preload } from '../ui/lazy-part.ts';
import { withCitations } from '../state/citations.ts';
import { PartSlot } from '../ui/PartSlot.tsx';
import { useLazyPart } from '../ui/useLazyPart.ts';
import type { HandoutStatus } from './SharePanel.tsx';
import '../ui/dialog.css';
import './share.css';
import { focusInPlace } from '../ui/in-place.ts';

// Both load with the entries' quotes: the downloads and the handout carry them.
const sharePanel = lazyPart(
  withCitations(() => import('./SharePanel.tsx')),
  { whenIdle: false },
);
const printHandout = lazyPart(
  withCitations(() => import('./PrintHandout.tsx')),
  { whenIdle: false },
);

export function ShareButton() {
  const ready = useAppStore((s) => s.dataset !== null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [handout, setHandout] = useState<HandoutStatus>('idle');
  useCloseOnHistoryStep(dialog);

  // Back to the button once the handout is gone (not before: while it is laid out for paper
  // the app is hidden from print, and a hidden button cannot take focus).
  const printed = useRef(false);
  useEffect(() => {
    if (printing) printed.current = true;
    else if (printed.current) {
      printed.current = false;
      focusInPlace(opener.current);
    }
  }, [printing]);

  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  // Over the page, a failure had covered the header (the Share button with it) and could not be
  // dismissed on a touch screen: it is said in the dialog, below the button that asked.
  // Closing the dialog gives up a handout still coming.
  const handoutAsked = useRef(0);
  const printHandoutWhenHere = () => {
    const asked = ++handoutAsked.current;
    setHandout('coming');
    printHandout.load().then(
      () => {
        if (asked !== handoutAsked.current) return;
        setHandout('idle');
        close();
        setPrinting(true);
      },
      () => asked === handoutAsked.current && setHandout('failed'),
    );
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button share-button"
        onClick={show}
        // Not fetched when idle (few readers share), but as soon as the reader points at it.
        onPointerEnter={() => preload(sharePanel)}
        onFocus={() => preload(sharePanel)}
        disabled={!ready}
        aria-haspopup="dialog"
      >
        Share<span className="label-more"> &amp; save</span>
      </button>
      <dialog
        ref={dialog}
        className="app-dialog share-dialog"
        aria-labelledby={headingId}
        onClose={() => {
          setOpen(false);
          setHandout('idle');
          handoutAsked.current++;
        }}
      >
        <DialogHead id={headingId} title="Share and save this view" onClose={close} />
        {open && (
          <PartSlot
            part={sharePanel}
            render={(m) => <m.SharePanel handout={handout} onPrintHandout={printHandoutWhenHere} />}
            placeholder={<p className="share-loading">Loading…</p>}
            onRetry={() => focusOnArrival('.share-dialog .dialog-close')}
          />
        )}
      </dialog>
      {printing && createPortal(<Handout onDone={() => setPrinting(false)} />, document.body)}
    </>
  );
}

/** The handout while it prints (its code is here: the dialog waited for it). */
function Handout({ onDone }: { onDone: () => void }) {
  const loaded = useLazyPart(printHandout, false);
  return loaded ? <loaded.PrintHandout onDone={onDone} /> : null;
}
