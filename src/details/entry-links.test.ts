import { describe, expect, it } from 'vitest';
import type { MapEvent } from '../data/schema.ts';
import { eventDate, eventLinks, onMapNote } from './entry-links.ts';

describe('eventDate', () => {
  it('says a date no more precisely than the source', () => {
    expect(eventDate({ date: '2021-05-09', precision: 'day' })).toBe('9 May 2021');
    expect(eventDate({ date: '2021-05-09', precision: 'month' })).toBe('May 2021');
    expect(eventDate({ date: '2021-05', precision: 'year' })).toBe('2021');
  });
});

describe('events at a place and the count on its marker', () => {
  const event = (id: string, date: string) => ({ id, title: id, date, precision: 'year' }) as MapEvent;
  const [a, b, c] = [event('a', '2019'), event('b', '2021'), event('c', '2020')];

  it('the heading says how many the marker counts, unless it counts them all', () => {
    expect(onMapNote(8, 4)).toBe('4 on the map now');
    expect(onMapNote(8, 0)).toBe('none on the map now');
    expect(onMapNote(8, 8)).toBeUndefined();
  });

  it('the events the marker does not count say so, in date order', () => {
    expect(eventLinks([a, b, c], [b]).map((e) => [e.label, e.meta])).toEqual([
      ['a', '2019 · not on the map now'],
      ['c', '2020 · not on the map now'],
      ['b', '2021'],
    ]);
    expect(eventLinks([a, b]).map((e) => e.meta)).toEqual(['2019', '2021']);
  });
});
