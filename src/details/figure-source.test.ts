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

  it('reads small numbers written as words, as whole words only', () => {
    const rail: Citation[] = [
      { seed: 'summit', quote: 'The September 2022 SCO summit was hosted by Uzbekistan.' },
      {
        seed: 'diplomat',
        quote: 'Beijing signed agreements for two new railway projects with Uzbekistan and Kyrgyzstan',
      },
      { seed: 'route', quote: 'This would shorten the route to Europe for China by around eight days.' },
    ];
    expect(figureSeeds(rail, fig(2, 'count'))).toEqual(['diplomat']);
    expect(figureSeeds(rail, fig(8, 'days'))).toEqual(['route']);
    // "one" inside "someone" is not the number one.
    expect(
      figureSeeds([{ seed: 'x', quote: 'someone said it was often so, on behalf of all' }, ...rail], fig(1, 'count')),
    ).toEqual(['x', 'summit', 'diplomat', 'route']);
  });
});
