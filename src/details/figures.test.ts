import { describe, expect, it } from 'vitest';
import type { Figure } from '../data/schema.ts';
import { splitFigures } from './figures.ts';

const deaths = (amount: number, claimedBy?: string): Figure => ({ amount, unit: 'count', label: 'killed', claimedBy });
const arrests: Figure = { amount: 3800, unit: 'count', label: 'detained' };

describe('splitFigures', () => {
  it('sets figures from two different claimants side by side, whatever the certainty', () => {
    const aapp = deaths(780, 'the Assistance Association for Political Prisoners');
    const junta = deaths(240, 'the junta');
    expect(splitFigures({ certainty: 'reported', value: aapp, figures: [junta, arrests] })).toEqual({
      contested: [aapp, junta],
      plain: [arrests],
    });
  });

  it('does not set figures in different units against each other', () => {
    const usd: Figure = { amount: 1.44e9, unit: 'USD', label: 'arms bought', claimedBy: 'ISEAS' };
    const share: Figure = { amount: 17, unit: 'percent', label: 'share of imports', claimedBy: 'SIPRI' };
    expect(splitFigures({ certainty: 'reported', value: usd, figures: [share] })).toEqual({
      contested: [],
      plain: [usd, share],
    });
  });

  it('treats figures that one claimant gives as plain', () => {
    const poll = (amount: number): Figure => ({ amount, unit: 'percent', label: 'poll', claimedBy: 'RIAC' });
    expect(splitFigures({ certainty: 'reported', figures: [poll(91), poll(98)] }).contested).toEqual([]);
  });

  it('treats a lone attributed figure of a stated entry as plain', () => {
    const one = deaths(780, 'AAPP');
    expect(splitFigures({ certainty: 'stated', value: one })).toEqual({ contested: [], plain: [one] });
  });

  it('in a disputed entry, contests the attributed figures, or every figure when none is attributed', () => {
    const one = deaths(780, 'AAPP');
    expect(splitFigures({ certainty: 'disputed', value: one, figures: [arrests] })).toEqual({
      contested: [one],
      plain: [arrests],
    });
    const a = deaths(700);
    const b = deaths(780);
    expect(splitFigures({ certainty: 'disputed', value: a, figures: [b] })).toEqual({ contested: [a, b], plain: [] });
    expect(splitFigures({ certainty: 'disputed', value: a })).toEqual({ contested: [], plain: [a] });
  });
});
