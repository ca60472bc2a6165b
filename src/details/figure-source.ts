/**
 * Which of an entry's documents gives a figure: the seeds of the citations whose quote
 * mentions the amount (as digits, "1.44 billion", "1,700" or, for a share, "half"), read as the
 * validator reads it (amounts.ts), which guarantees some quote does. Should none, every cited
 * document is named rather than a wrong one.
 */
import { amountInText } from '../data/amounts.ts';
import type { Citation, Figure } from '../data/schema.ts';

/** The citations whose quote gives the figure; every citation if none is found. */
export function figureCitations(citations: Citation[], figure: Figure): Citation[] {
  const giving = citations.filter((c) => amountInText(figure.amount, figure.unit, c.quote));
  return giving.length > 0 ? giving : citations;
}

export function figureSeeds(citations: Citation[], figure: Figure): string[] {
  return [...new Set(figureCitations(citations, figure).map((c) => c.seed))];
}
