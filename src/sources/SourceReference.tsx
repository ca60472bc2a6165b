/** A document's reference in one line: title (noting a supplied one), authors, outlet, date. */
import type { SeedEntry } from '../data/schema.ts';
import { byline, needsSuppliedNote } from './reference.ts';

export function SourceReference({ seed }: { seed: SeedEntry }) {
  return (
    <p className="source-ref">
      <cite>{seed.title}</cite>
      {needsSuppliedNote(seed) && <span className="source-supplied"> (title supplied)</span>}. {byline(seed)}.
    </p>
  );
}
