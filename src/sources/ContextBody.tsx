/**
 * The body of the "Read in context" dialog (its frame: ContextSlot.tsx): the paragraph a quote
 * comes from, the quote highlighted on the source's own characters, under the document's full
 * reference. A chunk of its own, with the search for the passage in its document.
 */
import type { Citation } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { findPassage } from './find-passage.ts';
import { SourceReference } from './SourceReference.tsx';
import { useSourceTexts } from './useSourceTexts.ts';

export function ContextBody({ citation }: { citation: Citation }) {
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
