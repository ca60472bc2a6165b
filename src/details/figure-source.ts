/**
 * Which of an entry's documents gives a figure: the seeds of the citations whose quote
 * mentions the amount (as digits, "1.44 billion", "1,700" or, for a share, "half"). The
 * validator guarantees some quote does; if this simpler reading finds none, every cited
 * document is named rather than a wrong one.
 */
import { normalizeQuote } from '../data/normalize.ts';
import type { Citation, Figure } from '../data/schema.ts';

const FRACTIONS: Record<number, string> = { 50: 'half', 25: 'quarter', 75: 'three quarters' };
/** Small whole numbers as a quote may spell them ("two new railway projects", "eight days"). */
const WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

function forms({ amount, unit }: Figure): string[] {
  const plain = String(Number(amount.toPrecision(12)));
  const out = [plain, amount.toLocaleString('en-US', { maximumFractionDigits: 12 })];
  for (const [scale, word] of [
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const)
    if (amount >= scale) out.push(`${Number((amount / scale).toPrecision(12))} ${word}`);
  if (unit === 'percent' && FRACTIONS[amount]) out.push(FRACTIONS[amount]);
  if (Number.isInteger(amount) && WORDS[amount]) out.push(WORDS[amount]);
  return out;
}

/** Escapes a number's digits for a pattern that will not match inside a longer number. */
const wholeNumber = (form: string) =>
  /^[a-z ]+$/i.test(form)
    ? new RegExp(`\\b${form}\\b`, 'i') // a word: not inside another ("one" in "someone")
    : new RegExp(`(?<![\\d.,])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d]|[.,]\\d)`, 'i');

/** The citations whose quote gives the figure; every citation if none is found. */
export function figureCitations(citations: Citation[], figure: Figure): Citation[] {
  const patterns = forms(figure).map(wholeNumber);
  const giving = citations.filter((c) => patterns.some((p) => p.test(normalizeQuote(c.quote))));
  return giving.length > 0 ? giving : citations;
}

export function figureSeeds(citations: Citation[], figure: Figure): string[] {
  return [...new Set(figureCitations(citations, figure).map((c) => c.seed))];
}
