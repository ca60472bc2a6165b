/**
 * "Read in context": a modal dialog showing the paragraph a quote comes from, the quote
 * highlighted on the source's own characters, under the document's full reference.
 * The store's `contextCitation` opens and closes it; focus goes back to the button that
 * opened it.
 */
import { useEffect, useId, useRef } from 'react';
import type { Citation } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { findPassage } from './find-passage.ts';
import { SourceReference } from './SourceReference.tsx';
import { useSourceTexts } from './useSourceTexts.ts';

export function ContextDialog() {
  const citation = useAppStore((s) => s.contextCitation);
  const showInContext = useAppStore((s) => s.showInContext);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const headingId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (citation && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    } else if (!citation && d.open) d.close();
  }, [citation]);

  // Every way of closing (Escape, the button, the store) ends here.
  const onClose = () => {
    showInContext(null);
    if (opener.current?.isConnected) opener.current.focus();
    opener.current = null;
  };

  return (
    <dialog ref={dialog} className="app-dialog context-dialog" aria-labelledby={headingId} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={headingId}>The passage in context</h2>
        <button type="button" className="button dialog-close" onClick={() => showInContext(null)}>
          Close
        </button>
      </div>
      {citation && <ContextBody citation={citation} />}
    </dialog>
  );
}

function ContextBody({ citation }: { citation: Citation }) {
  const seed = useAppStore((s) => s.dataset?.seedById.get(citation.seed));
  const { texts, error } = useSourceTexts(true);
  const text = texts?.[citation.seed];
  const passage = text ? findPassage(text, citation.quote) : null;
  return (
    <div className="context-body">
      {seed && <SourceReference seed={seed} />}
      {error && (
        <p role="alert">The document could not be loaded: {error} Close this and open it again to try once more.</p>
      )}
      {!texts && !error && <p className="details-note">Loading the document…</p>}
      {texts && !passage && (
        <p role="alert">The quoted passage could not be found in this document. The quote is: “{citation.quote}”</p>
      )}
      {passage && (
        <div className="context-text">
          {passage.previous && <p className="context-neighbour">{passage.previous}</p>}
          <p className="context-paragraph">
            {passage.before}
            <mark>{passage.quote}</mark>
            {passage.after}
          </p>
          {passage.next && <p className="context-neighbour">{passage.next}</p>}
        </div>
      )}
      {seed?.note && <p className="context-note">About this document: {seed.note}</p>}
    </div>
  );
}
