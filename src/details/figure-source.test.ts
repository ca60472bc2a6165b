import { describe, expect, it } from 'vitest';
import type { Citation, Figure } from '../data/schema.ts';
import { figureSeeds } from './figure-source.ts';

const citations: Citation[] = [
  { seed: 'pacnet', quote: 'Myanmar purchased $1.7 billion worth of arms from China and $1.44 billion from Russia.' },
  {
    seed: 'rfa',
    quote: 'China meanwhile accounted for roughly half of Myanmar’s major arms imports from 2014 to 2019',
  },
  { seed: 'rfa', quote: 'Russia supplied 17 percent of Myanmar’s military imports during that same period' },
];
const fig = (amount: number, unit: Figure['unit']): Figure => ({ amount, unit, label: 'a figure' });

describe('figureSeeds', () => {
  it('names the document whose quote gives the amount, in whatever form', () => {
    expect(figureSeeds(citations, fig(1.44e9, 'USD'))).toEqual(['pacnet']);
    expect(figureSeeds(citations, fig(17, 'percent'))).toEqual(['rfa']);
    expect(figureSeeds(citations, fig(50, 'percent'))).toEqual(['rfa']);
  });

  it('does not take a number for part of a longer one', () => {
    // "14" occurs only inside "2014": no quote gives it, so every document is named.
    expect(figureSeeds(citations, fig(14, 'count'))).toEqual(['pacnet', 'rfa']);
  });
});
