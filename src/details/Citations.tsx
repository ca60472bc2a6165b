/**
 * Every citation of an entry: the quoted passage, the document it comes from, and a way to
 * read it in its paragraph. Quotes are rendered as text only, never as markup.
 */
import type { Citation } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { SourceReference } from '../sources/SourceReference.tsx';
import { plural } from '../summary/describe-view.ts';

/** "Sources (4 passages from 1 document)": the count alone read as four documents agreeing. */
function citationsHeading(citations: Citation[]): string {
  if (citations.length === 1) return 'Source';
  const documents = new Set(citations.map((c) => c.seed)).size;
  return `Sources (${plural(citations.length, 'passage')} from ${plural(documents, 'document')})`;
}

export function Citations({ citations }: { citations: Citation[] }) {
  const dataset = useAppStore((s) => s.dataset);
  const showInContext = useAppStore((s) => s.showInContext);
  return (
    <section className="details-section" aria-labelledby="details-citations">
      <h3 id="details-citations">{citationsHeading(citations)}</h3>
      <ol className="citations">
        {citations.map((c, i) => {
          const seed = dataset?.seedById.get(c.seed);
          return (
            <li key={i} className="citation">
              <blockquote>{c.quote}</blockquote>
              {seed ? <SourceReference seed={seed} /> : <p className="source-ref">Unknown document “{c.seed}”</p>}
              {/* Each button's name says whose quote it opens: a screen reader's list of buttons
                  shows names alone, and an entry has up to five of them. */}
              <button
                type="button"
                className="text-button"
                aria-label={`Read in context: quote ${i + 1} of ${citations.length}, ${seed ? (seed.outlet ?? seed.title) : c.seed}`}
                onClick={() => showInContext(c)}
              >
                Read in context
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
