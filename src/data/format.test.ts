import { describe, expect, it } from 'vitest';
import { formatFigure } from './format.ts';

describe('formatFigure', () => {
  it('says dollars in billions and millions', () => {
    expect(formatFigure({ amount: 1.44e9, unit: 'USD', label: 'arms' })).toBe('$1.44 billion');
    expect(formatFigure({ amount: 2.5e6, unit: 'USD', label: 'arms' })).toBe('$2.5 million');
  });
  it('keeps the source’s hedge', () => {
    expect(formatFigure({ amount: 40, unit: 'percent', qualifier: 'about', label: 'defective' })).toBe('about 40%');
    expect(formatFigure({ amount: 91, unit: 'percent', qualifier: 'over', label: 'poll' })).toBe('over 91%');
  });
  it('says a third in words, as the sources do, not with the digits the data stores it as', () => {
    expect(formatFigure({ amount: 33.3, unit: 'percent', qualifier: 'about', label: 'chips' })).toBe('about a third');
    expect(formatFigure({ amount: 66.7, unit: 'percent', label: 'trade' })).toBe('two thirds');
    expect(formatFigure({ amount: 33, unit: 'percent', label: 'trade' })).toBe('33%');
    // Half is exactly 50%: the digits say no more than the word.
    expect(formatFigure({ amount: 50, unit: 'percent', qualifier: 'about', label: 'arms' })).toBe('about 50%');
  });
  it('names units in words', () => {
    expect(formatFigure({ amount: 8, unit: 'days', label: 'shorter' })).toBe('8 days');
    expect(formatFigure({ amount: 17, unit: 'km', label: 'border' })).toBe('17 km');
    expect(formatFigure({ amount: 780, unit: 'count', label: 'deaths' })).toBe('780');
  });
});
