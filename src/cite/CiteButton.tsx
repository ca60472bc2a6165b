/**
 * "Cite this view": a dialog with the reference of what is on screen (the address encodes the
 * view) in APA, Chicago and BibTeX, each with a Copy button. The reference is taken when the
 * dialog opens, so it names the view the reader asked to cite.
 */
import { useId, useRef, useState } from 'react';
import { useAppStore } from '../state/store.ts';
import { CITATION_FORMATS, type CiteInput } from './citation-formats.ts';
import { CopyableText } from './CopyableText.tsx';
import '../ui/dialog.css';
import './cite.css';

export function CiteButton() {
  const version = useAppStore((s) => s.dataset?.version);
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [input, setInput] = useState<CiteInput | null>(null);

  const open = () => {
    if (!version) return;
    setInput({ url: window.location.href, version: version.version, versionDate: version.date, accessed: new Date() });
    dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" className="button cite-button" onClick={open} disabled={!version}>
        Cite this view
      </button>
      <dialog
        ref={dialog}
        className="app-dialog cite-dialog"
        aria-labelledby={headingId}
        onClose={() => setInput(null)}
      >
        <div className="dialog-head">
          <h2 id={headingId}>Cite this view</h2>
          <button type="button" className="button dialog-close" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {input && (
          <>
            <p className="cite-intro">
              The address below opens this exact view. Data version {input.version} ({input.versionDate}).
            </p>
            {CITATION_FORMATS.map((f) => (
              <CopyableText key={f.id} label={f.name} text={f.format(input)} />
            ))}
          </>
        )}
      </dialog>
    </>
  );
}
