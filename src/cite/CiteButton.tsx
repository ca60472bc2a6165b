/**
 * "Cite this view": a dialog with the reference of what is on screen (the address encodes the
 * view) in APA, Chicago and BibTeX, each with a Copy button. The reference is taken when the
 * dialog opens, so it names the view the reader asked to cite. The references' code loads apart
 * (CiteReferences.tsx), on the button's hover or focus or once the map is drawn; the dialog opens
 * once it is there, so it never opens empty and then fills.
 */
import { useId, useRef, useState } from 'react';
import { useAppStore } from '../state/store.ts';
import type { CiteInput } from './citation-formats.ts';
import { lazyPart, preload } from '../ui/lazy-part.ts';
import { PartSlot } from '../ui/PartSlot.tsx';
import { focusOnArrival } from '../ui/focus-on-arrival.ts';
import { DialogHead } from '../ui/DialogHead.tsx';
import { useCloseOnHistoryStep } from '../ui/useCloseOnHistoryStep.ts';
import { takeEscape } from '../ui/take-escape.ts';
import '../ui/dialog.css';
import './cite.css';

const references = lazyPart(() => import('./CiteReferences.tsx'));

export function CiteButton() {
  const version = useAppStore((s) => s.dataset?.version);
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [input, setInput] = useState<CiteInput | null>(null);
  useCloseOnHistoryStep(dialog);

  const open = () => {
    if (!version) return;
    const cited = {
      url: window.location.href,
      version: version.version,
      versionDate: version.date,
      accessed: new Date(),
    };
    // Escape while the references come cancels the opening, as it would close the dialog.
    let cancelled = false;
    const stopTakingEscape = takeEscape(() => (cancelled = true));
    // A failed download opens the dialog too: the references, wanted, then say so in it.
    const show = () => {
      stopTakingEscape();
      if (cancelled) return;
      setInput(cited);
      dialog.current?.showModal();
    };
    references.load().then(show, show);
  };

  return (
    <>
      <button
        type="button"
        className="button cite-button"
        onClick={open}
        onPointerEnter={() => preload(references)}
        onFocus={() => preload(references)}
        disabled={!version}
      >
        Cite<span className="label-more"> this view</span>
      </button>
      <dialog
        ref={dialog}
        className="app-dialog cite-dialog"
        aria-labelledby={headingId}
        onClose={() => setInput(null)}
      >
        <DialogHead id={headingId} title="Cite this view" onClose={() => dialog.current?.close()} />
        {input && (
          <PartSlot
            part={references}
            render={(m) => <m.CiteReferences input={input} />}
            onRetry={() => focusOnArrival('.cite-dialog .dialog-close')}
          />
        )}
      </dialog>
    </>
  );
}
