/**
 * How a source document is named to a reader, from its catalogue entry. One module, so the
 * details panel, "Read in context" and the Sources view cite a document the same way.
 */
import type { SeedEntry } from '../data/schema.ts';
import { formatDate } from '../data/time.ts';

/** "A", "A and B", "A, B and C"; the catalogue leaves authors empty when the document names none. */
export function joinAuthors(authors: string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/** Everything after the title: "Dan Southerland, RFA, May 2021" (unknowns said plainly). */
export function byline(seed: SeedEntry): string {
  return [
    seed.authors.length > 0 ? joinAuthors(seed.authors) : 'Author not named',
    seed.outlet ?? 'publisher not named',
    seed.published ? formatDate(seed.published) : 'undated',
  ].join(', ');
}

/** A short name for a figure's source in a chart: "RFA, 2021" or, without an outlet, "Stephen J. Blank, 2017". */
export function shortReference(seed: SeedEntry): string {
  const who = seed.outlet ?? (seed.authors.length > 0 ? joinAuthors(seed.authors) : seed.title);
  return seed.published ? `${who}, ${seed.published.slice(0, 4)}` : who;
}

/**
 * Whether a supplied title needs the note "(title supplied)" after it: not when the catalogue's
 * title says so itself ("…, untitled in the source"), which would say it twice.
 */
export function needsSuppliedNote(seed: SeedEntry): boolean {
  return Boolean(seed.titleSupplied) && !/\buntitled\b/i.test(seed.title);
}
