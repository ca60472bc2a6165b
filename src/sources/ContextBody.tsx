/**
 * The body of the "Read in context" dialog (its frame: ContextSlot.tsx): the paragraph a quote
 * comes from, the quote highlighted on the source's own characters, under the document's full
 * reference. A chunk of its own, with the search for the passage in its document.
 */
import { useEffect, useRef } from 'react';
import type { Citation } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { findPassage } from './find-passage.ts';
import { SourceReference } from './SourceReference.tsx';
import { useSourceTexts } from './useSourceTexts.ts';
import { scrollIntoSight } from '../ui/in-place.ts';

export function ContextBody({ citation }: { citation: Citation }) {
  const seed = useAppStore((s) => s.dataset?.seedById.get(citation.seed));
  const { texts, error } = useSourceTexts(true);
  const text = texts?.[citation.seed];
  const passage = text ? findPassage(text, citation.quote) : null;
  const mark = useRef<HTMLElement>(null);
  const found = passage !== null;
  useEffect(() => {
    // After the dialog has opened (its frame opens it once this is drawn) and been laid out.
    const frame = found ? requestAnimationFrame(() => mark.current && showQuote(mark.current)) : 0;
    return () => cancelAnimationFrame(frame);
  }, [found, citation]);
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
            <mark ref={mark}>{passage.quote}</mark>
            {passage.after}
          </p>
          {passage.next && <p className="context-neighbour">{passage.next}</p>}
        </div>
      )}
      {seed?.note && <p className="context-note">About this document: {seed.note}</p>}
    </div>
  );
}

/**
 * Scrolls the dialog to the quote unless it is in sight: centred where it fits whole, else from its
 * start. A phone's dialog opened on the reference and the paragraph before the quote, which lay
 * below the screen's edge.
 */
function showQuote(mark: HTMLElement) {
  const dialog = mark.closest('dialog');
  if (!dialog) return;
  const view = dialog.getBoundingClientRect();
  // Under the dialog's title bar, which its scroll padding keeps clear.
  const top = view.top + (parseFloat(getComputedStyle(dialog).scrollPaddingTop) || 0);
  const quote = mark.getBoundingClientRect();
  if (quote.top >= top && quote.bottom <= view.bottom) return;
  scrollIntoSight(mark, { block: quote.height <= view.bottom - top ? 'center' : 'start' });
}
