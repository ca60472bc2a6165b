import { describe, expect, it } from 'vitest';
import { amountInText, numberForms } from './amounts.ts';

describe('amountInText', () => {
  it('matches plain, comma and scaled forms', () => {
    expect(numberForms(1700000000)).toEqual(expect.arrayContaining(['1700000000', '1,700,000,000', '1.7 billion']));
    expect(amountInText(1700000000, 'USD', 'purchased $1.7 billion worth of arms')).toBe(true);
    expect(amountInText(1440000000, 'USD', 'and $1.44 billion from Russia')).toBe(true);
    expect(amountInText(1400000000, 'USD', 'and $1.44 billion from Russia')).toBe(false);
    expect(amountInText(25000, 'USD', 'some 25,000 dollars')).toBe(true);
  });
  it('does not match a number inside a longer one', () => {
    expect(amountInText(2, 'percent', 'since March 2022 from China')).toBe(false);
    expect(amountInText(17, 'km', 'in 2017 it grew')).toBe(false);
    expect(amountInText(1.4, 'USD', '$1.44 billion')).toBe(false);
    expect(amountInText(72, 'percent', '72.6 percent of Russians')).toBe(false);
  });
  it('requires a percent sign or word for percents, or a fraction word', () => {
    expect(amountInText(17, 'percent', 'Russia supplied 17 percent of')).toBe(true);
    expect(amountInText(17, 'percent', 'a rise of 17%')).toBe(true);
    expect(amountInText(17, 'percent', 'the 17 kilometers')).toBe(false);
    expect(amountInText(72.6, 'percent', '72.6 percent of Russians')).toBe(true);
    expect(amountInText(50, 'percent', 'accounted for roughly half of')).toBe(true);
    expect(amountInText(33.3, 'percent', 'supplies around a third of')).toBe(true);
    expect(amountInText(33, 'percent', 'supplies around a third of')).toBe(false);
  });
  it('matches small whole numbers written as words', () => {
    expect(amountInText(8, 'days', 'by around eight days')).toBe(true);
    expect(amountInText(6, 'count', 'visited Russia six times')).toBe(true);
    expect(amountInText(7, 'years', 'a full seven years after')).toBe(true);
    expect(amountInText(7, 'years', 'a full seventeen years after')).toBe(false);
    expect(amountInText(10, 'years', 'A decade ago')).toBe(true);
  });
});
