import { describe, expect, it } from 'vitest';
import { locateQuote, normalizeQuote, normalizeWithOffsets, quoteInText } from './normalize.ts';

describe('normalizeQuote', () => {
  it('folds typographic quotes and dashes to plain ones', () => {
    expect(normalizeQuote('Russia’s ‘Pivot’ “to” Asia — 1998–1999 ‑ 5′ 6″')).toBe(
      `Russia's 'Pivot' "to" Asia - 1998-1999 - 5' 6"`,
    );
  });
  it('collapses every run of whitespace, including line breaks and no-break spaces, and trims', () => {
    expect(normalizeQuote('  one\u00a0 two\n\nthree\t ')).toBe('one two three');
  });
  it('keeps case, spelling and other punctuation', () => {
    expect(normalizeQuote('Pivot, to ASIA…')).toBe('Pivot, to ASIA…');
  });
});

describe('normalizeWithOffsets', () => {
  it('points each normalised character back at the original one', () => {
    const { text, offsets } = normalizeWithOffsets(' a \n b');
    expect(text).toBe('a b');
    expect(offsets).toEqual([1, 2, 5]);
  });
});

describe('locateQuote', () => {
  const source = 'First line.\nIt is the “Pivot to Asia,” nicknamed\n  so — by some.';
  it('finds a quote typed with straight quotes and spaces for line breaks', () => {
    const found = locateQuote('the "Pivot to Asia," nicknamed so - by', source);
    expect(found).not.toBeNull();
    expect(source.slice(found!.start, found!.end)).toBe('the “Pivot to Asia,” nicknamed\n  so — by');
  });
  it('returns null when the quote is not in the text', () => {
    expect(locateQuote('the Pivot to Europe', source)).toBeNull();
    expect(locateQuote('   ', source)).toBeNull();
    expect(quoteInText('Pivot to Europe', source)).toBe(false);
    expect(quoteInText('Pivot to Asia', source)).toBe(true);
  });
});
