import { describe, expect, it } from 'vitest';
import { dateMatches, formatDate, formatPeriod, isUndated, periodMatches, withinYears, yearSpanOf } from './time.ts';

describe('periodMatches', () => {
  const p = { start: '2014', end: '2019' };
  it('"at" a year matches periods that overlap it', () => {
    expect(periodMatches(p, { year: 2014, mode: 'at' })).toBe(true);
    expect(periodMatches(p, { year: 2019, mode: 'at' })).toBe(true);
    expect(periodMatches(p, { year: 2020, mode: 'at' })).toBe(false);
    expect(periodMatches(p, { year: 2013, mode: 'at' })).toBe(false);
  });
  it('"up to" a year matches everything begun by then, ended or not', () => {
    expect(periodMatches(p, { year: 2022, mode: 'upto' })).toBe(true);
    expect(periodMatches(p, { year: 2013, mode: 'upto' })).toBe(false);
  });
  it('reads open ends as unbounded', () => {
    expect(periodMatches({ start: null, end: '2018' }, { year: 1999, mode: 'at' })).toBe(true);
    expect(periodMatches({ start: '2017', end: null }, { year: 2022, mode: 'at' })).toBe(true);
    expect(periodMatches({ start: null, end: null }, { year: 2000, mode: 'at' })).toBe(true);
  });
});

describe('dateMatches', () => {
  it('matches an event in its year, or in any later year when counting up to', () => {
    expect(dateMatches('2021-02-01', { year: 2021, mode: 'at' })).toBe(true);
    expect(dateMatches('2021-02-01', { year: 2022, mode: 'at' })).toBe(false);
    expect(dateMatches('2021-02-01', { year: 2022, mode: 'upto' })).toBe(true);
    expect(dateMatches('2021-02-01', { year: 2020, mode: 'upto' })).toBe(false);
  });
});

describe('formatting', () => {
  it('says a date as precisely as the source gives it', () => {
    expect(formatDate('2021')).toBe('2021');
    expect(formatDate('2021-03')).toBe('March 2021');
    expect(formatDate('2021-03-27')).toBe('27 March 2021');
  });
  it('names the first and the last month of the year', () => {
    expect(formatDate('2014-01')).toBe('January 2014');
    expect(formatDate('2022-12-05')).toBe('5 December 2022');
  });
  it('says open periods in words', () => {
    expect(formatPeriod({ start: '2014', end: '2019' })).toBe('2014–2019');
    expect(formatPeriod({ start: '2020-03', end: '2021-05' })).toBe('March 2020 – May 2021');
    expect(formatPeriod({ start: '2020', end: '2021-05' })).toBe('2020 – May 2021');
    expect(formatPeriod({ start: '2017', end: null })).toBe('since 2017');
    expect(formatPeriod({ start: null, end: null })).toBe('no date given');
  });
});

describe('withinYears', () => {
  const years = { first: 2000, last: 2022 };

  it('moves a year outside the data to the nearest end, keeping the mode', () => {
    expect(withinYears({ year: 2023, mode: 'at' }, years)).toEqual({ year: 2022, mode: 'at' });
    expect(withinYears({ year: 1995, mode: 'upto' }, years)).toEqual({ year: 2000, mode: 'upto' });
  });

  it('keeps a year inside the data, and no filter, as they are', () => {
    const time = { year: 2010, mode: 'at' as const };
    expect(withinYears(time, years)).toBe(time);
    expect(withinYears(null, years)).toBeNull();
  });
});

describe('isUndated', () => {
  it('is true only for a period with neither a start nor an end', () => {
    expect(isUndated({ start: null, end: null })).toBe(true);
    expect(isUndated({ start: '2014', end: null })).toBe(false);
    expect(isUndated({ start: null, end: '2018' })).toBe(false);
  });
});

describe('yearSpanOf', () => {
  const route = (start: string | null, end: string | null) => ({ properties: { period: { start, end } } });
  it('spans the years of relations, events and routes, open ends and months included', () => {
    const relations = [{ period: { start: '2014-03', end: null } }, { period: { start: null, end: null } }];
    const events = [{ date: '2022-09-14' }];
    expect(yearSpanOf(relations, events, [route('2009', '2012')])).toEqual([2009, 2022]);
  });
  it('is null when nothing is dated', () => {
    expect(yearSpanOf([{ period: { start: null, end: null } }], [], [route(null, null)])).toBeNull();
  });
});
