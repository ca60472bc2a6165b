/**
 * Shares the sources write as words. A module of its own: the formatter, in the first view,
 * needs only these, not the quote matching of amounts.ts.
 */

/** Fractions written as words, as percentages (rounded to one decimal). */
export const FRACTION_WORDS: Record<string, string[]> = {
  '50': ['half'],
  '33.3': ['a third', 'one third', 'one-third'],
  '66.7': ['two thirds', 'two-thirds'],
  '25': ['a quarter', 'one quarter', 'one-quarter'],
  '75': ['three quarters', 'three-quarters'],
};

/**
 * A share the digits can only round ("a third" is stored as 33.3), in the words the sources use
 * for it; undefined for any other amount, whole fractions (50, 25, 75) included.
 */
export function fractionInWords(amount: number): string | undefined {
  return Number.isInteger(amount) ? undefined : FRACTION_WORDS[String(amount)]?.[0];
}
