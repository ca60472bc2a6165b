/**
 * Finds a quoted passage in its source document and the paragraph around it, for "Read in
 * context". The seeds hold one paragraph per line (some separate them with blank lines, some
 * not), so a paragraph is the run of text between line breaks; a quote that spans a line
 * break (a title and its subtitle) takes in every line it touches. Many paragraphs are a
 * single sentence, so the paragraphs just before and after are returned as well.
 */
import { locateQuote } from '../data/normalize.ts';

export type Passage = {
  /** The paragraph before the quote's, if any (blank lines skipped). */
  previous: string | null;
  /** The quote's paragraph as written in the source, split around the quoted characters. */
  before: string;
  quote: string;
  after: string;
  next: string | null;
};

export function findPassage(sourceText: string, quote: string): Passage | null {
  const found = locateQuote(quote, sourceText);
  if (!found) return null;
  const start = sourceText.lastIndexOf('\n', found.start - 1) + 1;
  const lineEnd = sourceText.indexOf('\n', found.end);
  const end = lineEnd < 0 ? sourceText.length : lineEnd;
  const nonBlank = (lines: string[]) => lines.map((l) => l.trim()).filter(Boolean);
  return {
    previous: nonBlank(sourceText.slice(0, start).split('\n')).at(-1) ?? null,
    before: sourceText.slice(start, found.start).trimStart(),
    quote: sourceText.slice(found.start, found.end),
    after: sourceText.slice(found.end, end).trimEnd(),
    next: nonBlank(sourceText.slice(end).split('\n'))[0] ?? null,
  };
}
